"""The text a new page starts with (`walkaway new-page`), and the sentences that show it was never replaced."""

DESCRIPTION = "Replace this with one sentence of 50 to 160 characters saying what the page answers."
OPENING = "Start with a short answer to the question this page is about, in two to four sentences."
SECTION = "Write in the second person, in short sentences and everyday words."

TEMPLATE = f"""---
title: {{title}}
description: {DESCRIPTION}
reviewed: {{today}}
tags:
  - {{tag}}
---

{OPENING}

## A first section

{SECTION}

## Where next

- [Get help now]({{help_link}}): help lines and what to do if you are in danger.
"""

# Any of these left in a page means it is still the unwritten template.
LEFTOVERS = (DESCRIPTION, OPENING, SECTION)
