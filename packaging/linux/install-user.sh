#!/bin/sh
# Install the frozen build (dist/dpo-desk/, from `make package`) for the current user:
# the program in ~/.local/lib/dpo-desk, launchers in ~/.local/bin, the menu entry, the
# icon at every size and the .dpodesk file type. Run again to update; uninstall-user.sh
# removes it all. No root, no system directory touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dist=${1:-"$here/../../dist/dpo-desk"}
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
app_id=org.dpodesk.DPODesk

test -x "$dist/dpo-desk" || { echo "No build in $dist: run 'make package' first." >&2; exit 1; }

mkdir -p "$HOME/.local/lib" "$HOME/.local/bin" "$data/applications" "$data/mime/packages" "$data/metainfo"
rm -rf "$HOME/.local/lib/dpo-desk"
cp -a "$dist" "$HOME/.local/lib/dpo-desk"
ln -sf "$HOME/.local/lib/dpo-desk/dpo-desk" "$HOME/.local/bin/dpo-desk"
ln -sf "$HOME/.local/lib/dpo-desk/dpo-desk-gui" "$HOME/.local/bin/dpo-desk-gui"

for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/../icons/dpo-desk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/../icons/dpo-desk.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"

# The menu entry runs the launcher by its full path: ~/.local/bin may not be on PATH.
sed "s|^Exec=dpo-desk-gui|Exec=$HOME/.local/bin/dpo-desk-gui|; s|^TryExec=dpo-desk-gui|TryExec=$HOME/.local/bin/dpo-desk-gui|" \
    "$here/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/$app_id.mime.xml" "$data/mime/packages/$app_id.xml"
cp "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"

# Refresh the desktop's caches where the tools exist (they are optional).
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default "$app_id.desktop" application/x-dpodesk || true
echo "DPO Desk installed for $(id -un): $HOME/.local/lib/dpo-desk"
