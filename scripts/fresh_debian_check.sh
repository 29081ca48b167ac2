#!/usr/bin/env bash
# The README's promise, checked on a brand-new Debian 12: debootstrap a minimal system (Python, make and
# curl only: no venv support, no Node.js, no Chromium, no Java), put a clean clone of this repository in
# it, and run the README's two commands there as root, the way a fresh machine would: `make serve` until
# it answers, then `make test`. Nothing from this machine's .venv, node_modules or site/ is used.
#
# The new system must reach the same package registries as this machine, so their settings are copied in
# (apt sources and apt configuration, pip and npm configuration, the PIP_* variables and the certificate
# pip is told to trust). Nothing else of the host is.
#
# Usage (as root on Debian, with debootstrap installed): scripts/fresh_debian_check.sh [ROOTFS]
# About 25 minutes and 4 GB the first time; a second run reuses the root file system's downloads.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
ROOTFS=${1:-/tmp/walking-away-fresh-debian}
PORT=8765

[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot need it)"; exit 2; }
command -v debootstrap >/dev/null || { echo "install Debian's debootstrap first: apt-get install debootstrap"; exit 2; }

mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)

if [ ! -x "$ROOTFS/usr/bin/python3" ]; then
  echo "== debootstrap Debian 12 into $ROOTFS"
  debootstrap --variant=minbase --include=python3,make,curl,ca-certificates,procps bookworm "$ROOTFS" "$mirror"
fi

echo "== registry settings"
copy() { [ -e "$1" ] && mkdir -p "$ROOTFS$(dirname "$1")" && cp -a "$1" "$ROOTFS$1" || true; }
for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/apt.conf.d/99* \
            /etc/pip.conf /etc/xdg/pip /root/.config/pip /root/.npmrc /etc/npmrc "${PIP_CERT:-}"; do
  [ -n "$file" ] && copy "$file"
done

mounts=(proc sys dev dev/pts)
cleanup() { for ((i=${#mounts[@]}-1; i>=0; i--)); do umount -l "$ROOTFS/${mounts[$i]}" 2>/dev/null || true; done; }
trap cleanup EXIT
mount -t proc proc "$ROOTFS/proc"
mount --rbind /sys "$ROOTFS/sys"
mount --rbind /dev "$ROOTFS/dev"
mountpoint -q "$ROOTFS/dev/pts" || mount -t devpts devpts "$ROOTFS/dev/pts"

echo "== a clean clone of $(git -C "$REPO" rev-parse --short HEAD)"
rm -rf "$ROOTFS/root/walking-away"
git clone --quiet "$REPO" "$ROOTFS/root/walking-away"

pip_env=$(env | grep '^PIP_' | tr '\n' ' ' || true)
# shellcheck disable=SC2086
chroot "$ROOTFS" env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 $pip_env \
  bash -euo pipefail -c "
    cd /root/walking-away
    echo '== make serve'
    (make serve PORT=$PORT > /root/serve.log 2>&1 &)
    for i in \$(seq 1 300); do curl -fs http://127.0.0.1:$PORT/ >/dev/null && break; sleep 2; done
    curl -fsS -o /dev/null -w 'make serve answered %{http_code} on http://127.0.0.1:$PORT/\n' http://127.0.0.1:$PORT/ \
      || { tail -40 /root/serve.log; exit 1; }
    curl -fsS http://127.0.0.1:$PORT/ | grep -q 'Exit this page' && echo 'the page has its quick exit'
    pkill -f '[m]kdocs serve' || true  # the brackets keep pkill from matching this script's own text
    echo '== make test'
    start=\$(date +%s)
    make test
    echo \"make test passed in \$(( \$(date +%s) - start )) s\"
  "
