# Issue 11: the query commands' enumerated options are checked before any database is opened:
# a value that is not one of them is a usage error (exit 2) naming the ones allowed, and a
# mistyped command names the nearest commands. None of these needs a database.
check() {
	"$READOUT" "$@" >out 2>err
	echo "readout $*: exit $?"
	head -n 1 err
}
check people --level provinical
check events --level ""
check events --level Provincial --db no-such.db
check formulations --by day
check person "Xi Jinping" --part bio
check formulations --part titles
check cascade --subject x --part summary
check people --part summary
check events -f xml
check people --limit -3
check peopel
check persn "Xi Jinping"
check formulation
check reus
check xyzzy
