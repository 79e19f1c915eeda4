"""From raw article text to a draft record a person reviews: rules, lexicons and the gazetteer.

Each step is its own module and knows nothing of Streamlit:

* ``reader``      bytes of a .txt, .md or .html file to plain paragraphs
* ``language``    de, es or en, or a clear refusal
* ``boilerplate`` which paragraphs are not the article, and why
* ``document``    numbered blocks, sentences and character spans shared by every step
* ``states``, ``places``, ``people``, ``orgs``  mentions found in the text
* ``relations``   which parties a sentence joins, with types, stance, status and evidence
* ``draft``       the reviewable draft, its export JSON and its conversion to a record
* ``pipeline``    the steps in order
"""
