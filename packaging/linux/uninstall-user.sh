#!/bin/sh
# Remove what install-user.sh installed. Registers (.dpodesk files), their backups and the
# preferences are the user's data: they are left where they are.
set -eu
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
app_id=org.dpodesk.DPODesk
rm -rf "$HOME/.local/lib/dpo-desk"
rm -f "$HOME/.local/bin/dpo-desk" "$HOME/.local/bin/dpo-desk-gui"
rm -f "$data/applications/$app_id.desktop" "$data/mime/packages/$app_id.xml" "$data/metainfo/$app_id.metainfo.xml"
rm -f "$data"/icons/hicolor/*/apps/"$app_id".png "$data/icons/hicolor/scalable/apps/$app_id.svg"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "DPO Desk removed; your registers and preferences are untouched."
