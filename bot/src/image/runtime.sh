#!/usr/bin/env bash
# Builds the container image's runtime root in $1 from the JDK at $2, for Jib to lay over an empty base: a Java runtime
# cut down by jlink to the modules chibo uses, the dynamic loader and every shared library that runtime links (found
# by ldd, copied to the paths it links them from), and the folders chibo writes to. Runs on the build machine; the
# image then needs nothing from a registry.
set -euo pipefail
root="$1"
java_home="$2"
modules="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,\
jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.httpserver,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,\
jdk.unsupported,jdk.zipfs"

rm -rf "$root"
mkdir -p "$root/opt" "$root/app/data" "$root/tmp"
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,vi \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"

find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -exec ldd {} + 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' \
  | sort -u \
  | while read -r lib; do
      case "$lib" in "$root"/*) continue ;; esac # the runtime's own libraries, already in place
      mkdir -p "$root$(dirname "$lib")"
      cp -L "$lib" "$root$lib"
    done
test -e "$root/lib64/ld-linux-x86-64.so.2" || { echo "runtime.sh: no dynamic loader found" >&2; exit 1; }
