# A file with NUL bytes (a zip, an image) is refused as binary.
printf 'PK\003\004\024\000\010\000' >scan.txt
"$READOUT" extract scan.txt
