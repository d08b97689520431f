# Every command listed by `readout --help` has a --help that exits 0, and every long option of
# the option tables in src/cli/cmd_*.c is listed: in the help of the command the file is named
# after, or for a file serving several commands, in the help of one of them.
"$READOUT" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' >commands
: >all-help.txt
for cmd in $(cat commands); do
	"$READOUT" "$cmd" --help >"help-$cmd.txt" 2>&1 || echo "$cmd --help exits $?"
	cat "help-$cmd.txt" >>all-help.txt
done
for src in "$READOUT_SRC"/src/cli/cmd_*.c; do
	file=$(basename "$src")
	cmd=$(basename "$src" .c | sed 's/^cmd_//')
	help=all-help.txt
	[ -f "help-$cmd.txt" ] && help=help-$cmd.txt
	n=0
	for opt in $(grep -o '{"[a-z][a-z-]*", *[a-z_]*_argument' "$src" | sed 's/{"\([a-z-]*\)".*/\1/'); do
		n=$((n + 1))
		grep -q -- "--$opt\b" "$help" || echo "$file: --$opt is not in $help"
	done
	echo "$file: $n options checked"
done
