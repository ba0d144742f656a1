"""The bound the hostile-input tests put on one reading of a long crafted text.

Those tests guard against a pattern that backtracks without end: the ones they were written
after took 8 to 12 s of CPU on 20,000 characters, and grow with the square of the length or
worse. A linear reading takes well under a second on an idle machine, but up to twice that on
a machine busy with other work (the CPU time of one process rises with its neighbours' load).
The bound sits between the two, so the tests read the shape of the work, not the machine's
speed.
"""

#: CPU seconds one reading of a hostile text may take.
WORST_CPU_SECONDS = 4.0
