export const id = 4796;
export const ids = [4796];
export const modules = {

/***/ 54796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerCompletion: () => (/* binding */ registerCompletion)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44342);

/**
 * `signet completion bash|zsh|fish`: a completion script generated from the program itself,
 * so every command, subcommand and flag registered is offered and nothing is listed twice.
 */
function registerCompletion(program) {
    program
        .command('completion')
        .summary('print a shell completion script (bash, zsh or fish)')
        .description('Prints a completion script for SHELL. bash: `source <(signet completion bash)` in ~/.bashrc; zsh: `signet completion zsh > "${fpath[1]}/_signet"`; fish: `signet completion fish > ~/.config/fish/completions/signet.fish`.')
        .addArgument(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Argument */ .ef('<shell>', 'the shell').choices(Object.keys(GENERATORS)))
        .action(async (shell) => {
        const generate = GENERATORS[shell];
        // Every command, not only the ones this run loaded.
        const { buildProgram } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17985));
        process.stdout.write(generate(collect(await buildProgram())));
    });
}
function firstSentence(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    const end = one.search(/\.(\s|$)/);
    return end > 0 ? one.slice(0, end) : one;
}
function collect(root) {
    const nodes = [];
    const walk = (cmd, path) => {
        const visible = cmd.commands.filter((c) => !c._hidden);
        const options = [...cmd.options.filter((o) => !o.hidden)];
        nodes.push({
            path,
            subcommands: [
                ...visible.map((c) => ({ name: c.name(), summary: firstSentence(c.summary() || c.description()) })),
                ...(cmd.registeredArguments[0]?.argChoices ?? []).map((name) => ({ name, summary: firstSentence(cmd.registeredArguments[0].description) })),
            ],
            options: [
                ...options.map((o) => ({ long: o.long, short: o.short, summary: firstSentence(o.description), takesValue: o.required || o.optional })),
                { long: '--help', short: '-h', summary: 'display help', takesValue: false },
                ...(path === '' ? [{ long: '--version', short: '-V', summary: 'print the version', takesValue: false }] : []),
            ],
        });
        for (const c of visible)
            walk(c, path ? `${path} ${c.name()}` : c.name());
    };
    walk(root, '');
    return nodes;
}
const sq = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const flagsOf = (n) => n.options.flatMap((o) => [o.long, o.short].filter((f) => !!f)).join(' ');
/** Both bash and zsh: case tables of the words and flags each command path accepts. */
function tables(nodes) {
    const words = nodes.map((n) => `    ${sq(n.path)}) echo ${sq(n.subcommands.map((s) => s.name).join(' '))} ;;`).join('\n');
    const flags = nodes.map((n) => `    ${sq(n.path)}) echo ${sq(flagsOf(n))} ;;`).join('\n');
    return `_signet_words() {\n  case "$1" in\n${words}\n  esac\n}\n_signet_flags() {\n  case "$1" in\n${flags}\n  esac\n}\n`;
}
const GENERATORS = {
    bash: (nodes) => `# bash completion for signet: source <(signet completion bash)
${tables(nodes)}_signet() {
  local cur=\${COMP_WORDS[COMP_CWORD]} path="" w i
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    [[ $w == -* ]] && continue
    [[ " $(_signet_words "$path") " == *" $w "* ]] && path=\${path:+$path }$w
  done
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_signet_flags "$path")" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$(_signet_words "$path")" -- "$cur"))
  fi
}
complete -o default -F _signet signet
`,
    zsh: (nodes) => `#compdef signet
# zsh completion for signet: signet completion zsh > "\${fpath[1]}/_signet"
${tables(nodes)}_signet() {
  local p="" w i
  for ((i = 2; i < CURRENT; i++)); do
    w=\${words[i]}
    [[ $w == -* ]] && continue
    [[ " $(_signet_words "$p") " == *" $w "* ]] && p=\${p:+$p }$w
  done
  local -a cands
  if [[ \${words[CURRENT]} == -* ]]; then
    cands=(\${(s: :)$(_signet_flags "$p")})
  else
    cands=(\${(s: :)$(_signet_words "$p")})
  fi
  if (( \${#cands} )); then compadd -- $cands; else _files; fi
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _signet "$@"; else compdef _signet signet; fi
`,
    fish: (nodes) => {
        const lines = [
            '# fish completion for signet: signet completion fish > ~/.config/fish/completions/signet.fish',
            'function __signet_path',
            '    set -l tokens (commandline -opc)',
            '    set -e tokens[1]',
            '    set -l p ""',
            '    for t in $tokens',
            '        string match -q -- "-*" $t; and continue',
            '        contains -- $t (__signet_words $p); and set p (string trim -- "$p $t")',
            '    end',
            '    echo $p',
            'end',
            'function __signet_words',
            '    switch "$argv[1]"',
            ...nodes.map((n) => `        case ${sq(n.path)}\n            printf "%s\\n" ${n.subcommands.map((s) => sq(s.name)).join(' ')}`),
            '    end',
            'end',
            'function __signet_at',
            '    test "$(__signet_path)" = "$argv[1]"',
            'end',
            'complete -c signet -f',
        ];
        for (const n of nodes) {
            const at = `-n ${sq(`__signet_at ${sq(n.path)}`)}`;
            for (const s of n.subcommands)
                lines.push(`complete -c signet ${at} -a ${sq(s.name)} -d ${sq(s.summary)}`);
            for (const o of n.options) {
                const parts = ['complete -c signet', at];
                if (o.long)
                    parts.push(`-l ${o.long.replace(/^--/, '')}`);
                if (o.short)
                    parts.push(`-s ${o.short.replace(/^-/, '')}`);
                if (o.takesValue)
                    parts.push('-r -F');
                parts.push(`-d ${sq(o.summary)}`);
                lines.push(parts.join(' '));
            }
        }
        return `${lines.join('\n')}\n`;
    },
};


/***/ })

};
