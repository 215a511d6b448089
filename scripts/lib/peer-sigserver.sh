# The OpenShift signature-verification setup's signature server: nginx with its Lua module and
# cjson (test/support/sigserver.ts runs our own Lua upload handler in it). Debian packages only.
APT_PACKAGES+=(libnginx-mod-http-lua lua-cjson)
