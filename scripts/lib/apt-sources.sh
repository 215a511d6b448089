# Sourced by scripts that need the Debian archive outside the machine's own apt (the trixie
# skopeo peer, the container image's base rootfs). The archive's URI is taken from the machine's
# apt configuration, never written into the repository: the first deb822 source
# (/etc/apt/sources.list.d/*.sources) or one-line source (/etc/apt/sources.list{,.d/*.list})
# that serves the machine's release suite (VERSION_CODENAME), i.e. the main archive and not
# the -security or -updates one, which do not carry other releases.

# SIGNET_APT_ETC and SIGNET_OS_RELEASE point elsewhere for tests.
# Prints the archive URI, e.g. what `Types: deb` / `URIs: ...` names; exits 2 when none is found.
debian_archive_uri() {
  local codename="${1:-}"
  local etc="${SIGNET_APT_ETC:-/etc/apt}"
  if [ -z "$codename" ]; then
    codename=$(. "${SIGNET_OS_RELEASE:-/etc/os-release}" && echo "${VERSION_CODENAME:-}")
  fi
  [ -n "$codename" ] || { echo "cannot tell this machine's Debian release (no VERSION_CODENAME in /etc/os-release)" >&2; return 2; }
  local uri=""
  local f
  for f in "$etc"/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # deb822 stanzas are separated by blank lines; print the first URI of a `Types: deb`
    # stanza whose Suites contain the codename itself.
    uri=$(awk -v suite="$codename" '
      function flush() { if (isdeb && hassuite && u != "" && !enabled_no) { print u; found = 1; exit } isdeb = 0; hassuite = 0; u = ""; enabled_no = 0 }
      /^[[:space:]]*$/ { flush(); next }
      /^[[:space:]]*#/ { next }
      tolower($1) == "types:" { for (i = 2; i <= NF; i++) if ($i == "deb") isdeb = 1 }
      tolower($1) == "uris:" { u = $2 }
      tolower($1) == "suites:" { for (i = 2; i <= NF; i++) if ($i == suite) hassuite = 1 }
      tolower($1) == "enabled:" { if (tolower($2) == "no") enabled_no = 1 }
      END { if (!found) flush() }' "$f")
    [ -n "$uri" ] && break
  done
  if [ -z "$uri" ]; then
    for f in "$etc"/sources.list "$etc"/sources.list.d/*.list; do
      [ -f "$f" ] || continue
      # deb [options] URI SUITE COMPONENT...
      uri=$(awk -v suite="$codename" '
        $1 == "deb" { i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ } if ($(i + 1) == suite) { print $i; exit } }' "$f")
      [ -n "$uri" ] && break
    done
  fi
  [ -n "$uri" ] || { echo "no apt source for Debian '$codename' in $etc (sources.list.d/*.sources or sources.list); add the archive your machine uses" >&2; return 2; }
  echo "${uri%/}"
}
