# Helpers the bench scripts share; sourced, not run. The caller sets PORTAL (the portal's base address).

# Stops the process whose id the named variable holds (if any) and empties the variable: `stop PORTAL_PID`.
stop() { # pid variable name
  local pid=${!1}
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  printf -v "$1" '%s' ""
}

# A demo account's bearer token from the running portal (Development's demo password): `token warga@demo.kaltimprov.go.id`.
token() {
  for _ in $(seq 1 120); do
    t=$(curl -s -X POST "$PORTAL/api/auth/token" -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"Demo-Kaltim-2026\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    [ -n "$t" ] && { echo "$t"; return; }; sleep 0.5
  done
  echo "no token for $1" >&2; exit 1
}
