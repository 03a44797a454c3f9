#!/bin/sh
# Regenerate the autotools build files: configure, Makefile.in, libtool.
set -e
cd "$(dirname "$0")"
exec autoreconf -fi --warnings=all "$@"
