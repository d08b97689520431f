# '-' with plain text is one document with id "stdin"; its leading blank line keeps the spans
# equal to offsets into the input.
printf '\nGu Wenbo presided over the meeting.\n' | "$READOUT" extract -q -
