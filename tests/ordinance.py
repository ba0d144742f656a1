"""The ordinance letter of the labelled corpus's biggest campaign, and one member's own sentence."""

from __future__ import annotations

TEMPLATE = (
    "The City council must stand up to ICE by taking the following actions:\n"
    "1) Pass an ordinance, not just a resolution, banning the use of any city property, "
    "facilities, data, staff time, or resources for any immigration enforcement activities.\n"
    "This requires that you strengthen this proposal into an ordinance, or otherwise support a "
    "data sanctuary ordinance and/or city contracting and investment sanctuary policy as already "
    "implemented by cities like Los Angeles and Oakland.\n"
    "Close the loophole of Sacramento Police Department participation in joint task forces, "
    "joining cities like Portland, San Francisco, and Oakland, to ensure that no city resources "
    "are shared with any federal agencies engaged in immigration enforcement.\n"
    "2) Moving forwards, support a comprehensive Community Action Plan for Sacramento."
)


PERSONAL = "I am a nurse in Oak Park and my patients are afraid to come to the clinic."
