# A file that does not exist: one line naming it on stderr, exit 1.
"$READOUT" extract missing.txt
