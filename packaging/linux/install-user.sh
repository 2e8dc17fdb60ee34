#!/bin/sh
# Install the built app (make package → dist/companion) for the current user only:
#   ~/.local/lib/companion/          the app folder (a copy of dist/companion)
#   ~/.local/bin/companion           the command (a symbolic link)
#   ~/.local/share/applications/     org.companionapp.Companion.desktop (menu entry, actions)
#   ~/.local/share/metainfo/         org.companionapp.Companion.metainfo.xml (software centres)
#   ~/.local/share/icons/hicolor/scalable/apps/org.companionapp.Companion.svg
# Usage: packaging/linux/install-user.sh [DIST_FOLDER]      (default: dist/companion)
#        packaging/linux/install-user.sh --uninstall
# PREFIX (default ~/.local) and XDG_DATA_HOME (default $PREFIX/share) move these places.
set -eu

id=org.companionapp.Companion
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
icons="$data/icons/hicolor/scalable/apps"

refresh() {
    # Menus and icon caches notice changes by themselves; these make it immediate.
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix/lib/companion"
    rm -f "$prefix/bin/companion" "$data/applications/$id.desktop" \
        "$data/metainfo/$id.metainfo.xml" "$icons/$id.svg"
    refresh
    echo "Companion is uninstalled. Your history and settings are kept (see README: data)."
    exit 0
fi

dist=${1:-$here/../../dist/companion}
if [ ! -x "$dist/companion" ]; then
    echo "install-user.sh: no built app in $dist (run: make package)" >&2
    exit 1
fi
mkdir -p "$prefix/lib" "$prefix/bin" "$data/applications" "$data/metainfo" "$icons"
rm -rf "$prefix/lib/companion.new"
cp -R "$dist" "$prefix/lib/companion.new"
rm -rf "$prefix/lib/companion"
mv "$prefix/lib/companion.new" "$prefix/lib/companion"
ln -sf "$prefix/lib/companion/companion" "$prefix/bin/companion"
# The menu entry runs the installed program by its full path (quoted, in case of spaces):
# ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=companion|Exec=\"$prefix/bin/companion\"|" \
    -e "s|^TryExec=companion|TryExec=$prefix/bin/companion|" \
    "$here/$id.desktop" >"$data/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$data/metainfo/"
cp "$here/$id.svg" "$icons/"
chmod 0644 "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" "$icons/$id.svg"
refresh
echo "Companion is installed: find it in your applications menu, or run $prefix/bin/companion"
