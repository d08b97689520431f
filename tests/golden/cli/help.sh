# --help prints the usage on stdout and exits 0: the command list (first line only here, the
# list grows with the commands) and extract's options in full.
"$READOUT" --help | head -n 1
"$READOUT" extract --help
