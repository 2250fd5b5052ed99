#!/bin/bash
# Write $OBJ/.config: x86_64 tinyconfig + kconfig/*.config fragments, then
# check that every option a fragment asks for really is set.
#   STRICT=0  options from kconfig/series.config may be missing (used for the
#             intermediate commits of the bisect check, before the patch that
#             adds them)
. "$(dirname "$0")/lib.sh"
STRICT=${STRICT:-1}
FRAGS=${FRAGS:-"$TOP/kconfig/bench.config $TOP/kconfig/series.config"}
mkdir -p "$OBJ"

kmake -s tinyconfig >"$OBJ/config.log" 2>&1 || die config "make tinyconfig failed (see $OBJ/config.log)"
# shellcheck disable=SC2086
(cd "$TREE" && scripts/kconfig/merge_config.sh -m -O "$OBJ" "$OBJ/.config" $FRAGS) \
	>>"$OBJ/config.log" 2>&1 || die config "merge_config.sh failed (see $OBJ/config.log)"
kmake -s olddefconfig >>"$OBJ/config.log" 2>&1 || die config "make olddefconfig failed (see $OBJ/config.log)"

# merge_config.sh only warns when an option's dependencies are missing.
bad=""
# shellcheck disable=SC2206 # FRAGS: paths, split
frags=($FRAGS)
for i in "${!frags[@]}"; do
	frag=${frags[$i]}
	later=("${frags[@]:i+1}")
	while IFS= read -r line; do
		case "$line" in CONFIG_*=*) ;; *) continue ;; esac
		sym=${line%%=*} want=${line#*=}
		# A later fragment that turns the option off wins, as in
		# merge_config.sh (the 6.1 rig does so for an option 6.1 lacks).
		if [ ${#later[@]} -gt 0 ] && grep -qx "# $sym is not set" "${later[@]}"; then
			continue
		fi
		got=$(grep -E "^$sym=" "$OBJ/.config" | cut -d= -f2- || true)
		[ "$got" = "$want" ] && continue
		# A built-in option satisfies a request for a module.
		[ "$want" = m ] && [ "$got" = y ] && continue
		if [ "$STRICT" = 0 ] && [ "${frag##*/}" = series.config ]; then
			continue
		fi
		bad="$bad $sym=${got:-unset}(want $want)"
	done <"$frag"
done
# An option a fragment turns off must really be off.
for frag in $FRAGS; do
	for sym in $(sed -n 's/^# \(CONFIG_[A-Za-z0-9_]*\) is not set$/\1/p' "$frag"); do
		if grep -qE "^$sym=[ym]$" "$OBJ/.config"; then
			bad="$bad $sym=$(grep -E "^$sym=" "$OBJ/.config" | cut -d= -f2)(want unset)"
		fi
	done
done
[ -z "$bad" ] || die config "options dropped by Kconfig:$bad"
exit 0
