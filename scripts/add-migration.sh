#!/usr/bin/env bash
# Adds a migration to one module for both providers and refreshes its committed SQL Server script.
#   scripts/add-migration.sh OrganisationDirectory AddAgencyLogo
# The module's contexts follow the naming rule Sqlite<Context> / SqlServer<Context> (docs/adr/0003).
set -euo pipefail
cd "$(dirname "$0")/.."

module=${1:?module folder under src/Modules, e.g. OrganisationDirectory}
name=${2:?migration name, e.g. AddAgencyLogo}
project="src/Modules/$module/AspirasiEtam.Modules.$module"
context=$(grep -ho 'class Sqlite\w*DbContext' "$project"/Persistence/*.cs | head -1 | sed 's/class Sqlite//')
schema_file=$(scripts/module-schema.sh "$module")

dotnet tool restore >/dev/null
dotnet build "$project" -nologo -v q >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
    --context "$provider$context" --output-dir "Persistence/Migrations/$provider"
done
# Module internals stay internal (architecture rule): EF finds internal migrations too.
sed -i 's/^    public partial class /    internal partial class /' "$project"/Persistence/Migrations/*/*.cs
dotnet build "$project" -nologo -v q >/dev/null
dotnet ef migrations script --idempotent --no-build --project "$project" --startup-project "$project" \
  --context "SqlServer$context" --output "deploy/sqlserver/$schema_file.sql"
echo "Added $name to $module; refreshed deploy/sqlserver/$schema_file.sql"
