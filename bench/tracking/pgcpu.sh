#!/bin/bash
# pgcpu SECONDS: CPU seconds of each PostgreSQL process over the interval, grouped by its title (walsender, backends...)
secs=${1:-30}; tick=$(getconf CLK_TCK)
snap() { for p in $(pgrep -f "^postgres|bin/postgres"); do t=$(tr '\0' ' ' < /proc/$p/cmdline 2>/dev/null | cut -c1-60); s=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null); [ -n "$s" ] && echo "$p|$t|$s"; done; }
snap > /tmp/pgcpu.a; sleep "$secs"; snap > /tmp/pgcpu.b
join -t'|' -j1 <(sort /tmp/pgcpu.a) <(sort /tmp/pgcpu.b) | awk -F'|' -v t=$tick '{d=($5-$3)/t; title=$2; sub(/[0-9.]+\([0-9]+\)/,"",title); sub(/ idle.*| INSERT.*| SELECT.*| UPDATE.*| COMMIT.*/,"",title); c[title]+=d} END {for (k in c) if (c[k]>0.05) printf "%7.2f s  %s\n", c[k], k}' | sort -rn
