#!/usr/bin/env bash
# Prints the SQL Server schema of a module (the SchemaName constant of its DbContext).
set -euo pipefail
cd "$(dirname "$0")/.."
grep -ho 'SchemaName = "[a-z]*"' "src/Modules/$1/AspirasiEtam.Modules.$1/Persistence/"*.cs | head -1 | sed 's/.*"\(.*\)"/\1/'
