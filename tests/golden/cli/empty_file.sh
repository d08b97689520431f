# An empty file is a bad input, not an empty record.
: >empty.txt
"$READOUT" extract empty.txt
