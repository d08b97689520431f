# Invalid UTF-8 is repaired byte for byte ('?') with a warning; the document is extracted and
# the exit status stays 0.
printf 'On May 6, the county \377\376held a meeting. Gu Wenbo presided.\n' >latin.txt
"$READOUT" extract latin.txt
