# A folder is read for its *.txt files; one without any is a bad input.
mkdir notes
echo 'not a readout' >notes/readme.md
"$READOUT" extract notes
