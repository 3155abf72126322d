#!/usr/bin/env bash
# Draws the first page of the minutes and resolutions chibo writes into docs/pictures/, for the README.
# The pictures are documentation, not tests. Needs the benchmark jar (./mvnw -B package -DskipTests),
# LibreOffice and poppler (Debian: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation;
# Liberation Serif stands in for Times New Roman with the same metrics). Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/pictures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

java -jar benchmark/target/chibo-benchmark.jar documents 50 --runs=20 --out="$work"

start=$(date +%s%N)
# A private profile, so a LibreOffice already open elsewhere is neither used nor disturbed.
soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to pdf --outdir "$work" "$work"/*.docx >/dev/null
end=$(date +%s%N)
count=$(ls "$work"/*.pdf | wc -l)
echo "LibreOffice laid out $count documents as PDF in $(( (end - start) / 1000000 )) ms"

for pdf in "$work"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$pdf" "$out/$name"
done
ls -l "$out"
