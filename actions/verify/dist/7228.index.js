export const id = 7228;
export const ids = [7228];
export const modules = {

/***/ 67228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerVersion: () => (/* binding */ registerVersion)
/* harmony export */ });
/* harmony import */ var _build_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86978);

/** cosign's `version [--json]`: what build this is, for bug reports and release checks. */
function registerVersion(program) {
    program
        .command('version')
        .summary('print the version, commit, build date, Node and platform')
        .description('Prints which build of signet this is: version, git commit, build date, the artifact (npm, binary, image, bundle or source), the Node.js version and the platform.')
        .option('--json', 'print JSON')
        .action((flags) => {
        const info = (0,_build_info_js__WEBPACK_IMPORTED_MODULE_0__/* .buildInfo */ .N)();
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
            return;
        }
        const rows = [
            ['Version', info.version], ['Commit', info.commit], ['BuildDate', info.date], ['Artifact', info.artifact],
            ['Node', info.node], ['Platform', `${info.platform}/${info.arch}`],
        ];
        const width = Math.max(...rows.map(([k]) => k.length)) + 2;
        process.stdout.write(rows.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}\n`).join(''));
    });
}


/***/ })

};
