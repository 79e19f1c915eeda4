"""People named in an article, with the role, state and organisation their title gives them.

A person is only worth a reviewer's time when the article says who they are or quotes them,
so a name is kept when a title is attached to it ("Perus Verteidigungsminister Walter
Astudillo", "Elmer Schialer, Peru's foreign minister") or when it stands next to a speech verb
("sagte Pete Hegseth"). Capitalised word pairs alone are everywhere in German and are not
reported.

Titles come from ``data/registry/ingest/roles.yaml``; a title ties to a name in three ways:

* directly: "Defense Secretary Pete Hegseth", "el mandatario chino Xi Jinping";
* by apposition after a comma: "el canciller peruano, Elmer Schialer", "dem Direktor der
  Defense Security Cooperation Agency (DSCA), Michael F. Miller";
* after the name: "Elmer Schialer, Peru's foreign minister".

A ministry's remit may stand between a title and the name ("der Minister für Wirtschaft und
Klimaschutz X"); it is read over, and may name the office more precisely than the title does.

Later surname-only mentions ("sagte Hegseth", "Präsident Xi") join the person already named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dashboard.ingest.document import Document, Span
from dashboard.ingest.mentions import OrgMention, PersonMention, StateMention
from dashboard.ingest.orgs import by_paragraph, state_after, state_before
from dashboard.ingest.roles import (
    COUNTERPART,
    GERMAN_TITLE_ENDINGS,
    REMIT_ONLY,
    PeopleLexicon,
    load_lexicon,
)

CONFIDENCE_TITLE_COUNTRY = 0.9
CONFIDENCE_TITLE = 0.75
CONFIDENCE_SPEECH = 0.5

#: The shortest first part of a German compound title: "Bundes-", "Vize-", "Polizei-".
_COMPOUND_HEAD = 4
#: Family names written first; "Präsident Xi" and "Mao dijo" refer back to them.
EAST_ASIAN_SURNAMES = frozenset(
    [
        "xi",
        "wang",
        "li",
        "zhang",
        "liu",
        "chen",
        "yang",
        "zhao",
        "huang",
        "zhou",
        "wu",
        "xu",
        "sun",
        "hu",
        "zhu",
        "gao",
        "lin",
        "he",
        "guo",
        "ma",
        "luo",
        "liang",
        "song",
        "zheng",
        "xie",
        "han",
        "tang",
        "feng",
        "yu",
        "dong",
        "xiao",
        "cheng",
        "cao",
        "yuan",
        "deng",
        "fu",
        "shen",
        "zeng",
        "peng",
        "lu",
        "su",
        "jiang",
        "cai",
        "jia",
        "ding",
        "wei",
        "xue",
        "ye",
        "yan",
        "pan",
        "du",
        "dai",
        "xia",
        "zhong",
        "wen",
        "mao",
        "qin",
        "kim",
        "park",
        "lee",
        "choi",
        "yoon",
        "moon",
        "kang",
        "cho",
        "jung",
        "shin",
        "kwon",
        "hwang",
        "ahn",
    ]
)
#: Lower-case words inside a name: "Ursula von der Leyen", "Javier Pérez de Cuéllar".
_PARTICLES = frozenset(
    ["de", "del", "da", "dos", "di", "du", "van", "von", "bin", "ibn", "le", "zu", "ter", "al"]
)
#: Only after another particle: "de la", "von der", "van den".
_SECOND_PARTICLES = frozenset(["la", "las", "los", "der", "den"])
#: Nouns of this shape follow a name in German text ("Pete Hegseth Anfang der Woche") but are
#: rarely surnames.
_GERMAN_NOUN_END = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|tionen|ismus|nahme|gespräch|gespräche|konferenz|woche"
    r"|erklärung|besuch|treffen|berichten|angaben|fabrik|firma|gruppe|stiftung|institut|zentrum"
    r"|behörde|agentur|kammer|verband|regierung|kommission|zeitung)$",
    re.IGNORECASE,
)

#: After a particle, a German place adjective and a noun name an employer, not a surname:
#: "von der Berliner Denkfabrik", "von der Warschauer Beratungsfirma".
_PLACE_ADJECTIVE_AFTER = re.compile(r"(?: (?:der|dem|den|des))? [A-ZÄÖÜ]\w+er [A-ZÄÖÜ]\w+")
#: "al" is an Arabic article inside a name only before a single last name that ends it:
#: "Abdelfatah al Sisi," but not Spanish "al Palacio de Nariño" or "al Gobierno Federal".
_ARABIC_AL = re.compile(
    r"[ \t][A-ZÄÖÜÁÉÍÓÚÑ][\w'’\-]*(?![\w'’\-])(?![ \t]+(?:[A-ZÄÖÜÁÉÍÓÚÑ]|(?:de|del|la|y)\b))"
)
#: A monarch's or pope's number after the name.
_REGNAL_NUMBER = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")

_TOKEN = re.compile(
    r"(?:(?:al|el|ad|as|ash|at|az|an|ar|abu|abd)-)?[^\W\d_](?:\.|\w*(?:['’\-][^\W\d_]\w*)*)"
)
_FIRST_TOKEN = re.compile(rf"[ \t\u00a0]{{0,2}}({_TOKEN.pattern})")
_NEXT_TOKEN = re.compile(rf"[ \t\u00a0]({_TOKEN.pattern})")
_WORD = re.compile(r"\w+")
#: Before the first name of a list after a plural title, and between the names.
_FIRST_GAP = re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]{1,2})")
_LIST_GAP = re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+)(?:(?:and|y|e|und)[ \t\u00a0]+)?")
#: A German plural article or number right before a title: "die Außenminister", "beiden";
#: "der" is a genitive plural only before two names ("unter Leitung der Vizeregierungschefs A
#: und B"), which `listed_names` asks for anyway.
_GERMAN_PLURAL_BEFORE = re.compile(r"\b(?:[Dd]ie|[Dd]er|beiden?|[Zz]wei|[Dd]rei)[ \t\u00a0]+$")


def _name_after(text: str, pos: int) -> bool:
    """Whether a capitalised word follows ``pos`` after a space: what makes a capital the first
    of two names. Any capital counts, "Š" and "Ł" as well as "A"."""
    return text[pos : pos + 1] in (" ", "\t", "\u00a0") and text[pos + 1 : pos + 2].isupper()


_OF_AFTER_TITLE = re.compile(r"[ \t\u00a0]+(?:of|de|del|der|des)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w+)[ \t\u00a0]+$")
_TOKEN_BEFORE = re.compile(rf"({_TOKEN.pattern})[ \t\u00a0]+$")
#: A word or comma inside a remit: "de Producción, Comercio Exterior y Pesca".
_REMIT_TOKEN = re.compile(r"[ \t\u00a0]*(,|[^\W\d_][\w'’\-]*)")
_POSSESSIVE = re.compile(r"['’]s\b")
_CLAUSE_END = re.compile(r"[,.;:!?()\"«»“”]")
#: Articles, which may stand between a comma and a rank ("..., el general Omar Khan") and
#: open a remit's part ("ministra de la Mujer").
_ARTICLES = frozenset(
    ["the", "a", "an", "el", "la", "los", "las", "un", "una"]
    + ["der", "die", "das", "den", "dem", "des", "ein", "eine"]
)
_SPACES = re.compile(r"[ \t\u00a0]*")
_ARTICLE_AT = re.compile(rf"[ \t\u00a0]*(?:(?:{'|'.join(sorted(_ARTICLES))})[ \t\u00a0]+)?", re.I)
#: Between the comma after a name and a title written after it: "Nimal Perera, a security
#: analyst", "Elmer Schialer, the country's foreign minister".
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|el|la|los|las|un|una|der|die|das|den|dem|des|ein|eine)"
    r"(?:\s+[a-záéíóúñäöüß'’-]+){0,2}\s+)$",
    re.IGNORECASE,
)
#: An organisation that owns the title after it: "the Russian Foreign Ministry's spokeswoman".
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an)(?:\s+[^\W\d_][\w.&'’-]*){1,4}['’]s\s+)$", re.IGNORECASE
)
#: Words an apposition's complement may start with: "Botschafter *in* den USA, ...",
#: "Direktor *der* DSCA, ...", "vocera *de* la cancillería, ...".
_COMPLEMENT_START = frozenset(
    [
        "de",
        "del",
        "der",
        "des",
        "den",
        "dem",
        "in",
        "im",
        "en",
        "for",
        "of",
        "at",
        "to",
        "para",
        "bei",
        "beim",
        "von",
        "vom",
        "für",
        "am",
        "an",
        "ante",
        "with",
        "con",
        "ad",
    ]
)
_ORG_GAP_BEFORE = re.compile(r"[ \t\u00a0]*[-–]?[ \t\u00a0]*|['’]s[ \t\u00a0]+")
_ORG_GAP_AFTER = re.compile(r"(?:[ \t\u00a0]+[^\W\d_]+){0,3}[ \t\u00a0]+")


@lru_cache(maxsize=1)
def _place_lookup() -> Callable[[str], bool] | None:
    """Whether a two-word capitalised run is a place ("Buenos Aires"), from the gazetteer.

    The gazetteer is optional here: without reference data the check is skipped.
    """
    try:
        from dashboard.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except Exception:  # noqa: BLE001 - a missing gazetteer only weakens this one check
        return None
    return lambda name: bool(gazetteer.candidates(name))


# --------------------------------------------------------------------------------------------
# Reading one paragraph


@dataclass(frozen=True, slots=True)
class _Name:
    start: int
    end: int
    text: str
    caps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Title:
    start: int  # including a state written before it and a deputy word
    end: int  # including a state written after it
    role_id: str
    rank: bool
    country: str | None
    org: str | None


@dataclass(frozen=True, slots=True)
class _Claim:
    """What one mention says about a person: a title, or only that they spoke."""

    order: tuple[int, int]
    role_id: str | None
    rank: bool
    country: str | None
    org: str | None


@dataclass(frozen=True, slots=True)
class _OrgSpot:
    start: int
    end: int
    key: str
    country: str | None


@dataclass(frozen=True, slots=True)
class _Remit:
    """A ministry's remit after a title: "de Transición Energética y Desarrollo Sostenible"."""

    end: int
    #: Whether ``end`` is sure: a comma follows, or a remit word ends it before a name.
    closed: bool
    #: (start, end) of each part: "Comercio Exterior" in "de Producción, Comercio Exterior".
    parts: tuple[tuple[int, int], ...]


class _Paragraph:
    """One paragraph with its mentions, and the readers of names and titles over it."""

    def __init__(
        self,
        number: int,
        text: str,
        language: str,
        states: Sequence[StateMention],
        orgs: Sequence[_OrgSpot],
        lexicon: PeopleLexicon,
    ) -> None:
        self.number = number
        self.text = text
        self.language = language if language in lexicon.titles else "en"
        self.states = states
        self.orgs = orgs
        self.lexicon = lexicon
        self.index = lexicon.titles[self.language]
        self.prepared = self.index.prepare(text)
        self.blocked = [(s.span.start, s.span.end) for s in states] + [
            (o.start, o.end) for o in orgs
        ]
        # Spanish and German write state adjectives in lower case, so a capitalised one after
        # a first name is a surname: "Ricardo Alemán Quintero"
        self.surname_like = (
            {(s.span.start, s.span.end) for s in states if s.form == "adjective"}
            if self.language in ("es", "de")
            else set()
        )
        # A capital that is also a given name, right after a title and before another name:
        # "Präsident Santiago Peña" is Paraguay's president, not the president of Chile.
        self.given_names = {
            (s.span.start, s.span.end)
            for s in states
            if s.form == "capital" and _name_after(text, s.span.end)
        }
        # empty while the titles themselves are read (_kind looks at them)
        self.titles: list[_Title] = []
        self.titles = list(self._find_titles())

    # -- titles ------------------------------------------------------------------------------

    def _title_at(self, pos: int) -> tuple[int, int, str] | None:
        """(core start, end, role id) of a title whose word starts at ``pos``."""
        found = self.index.match_at(self.prepared, pos)
        if found:
            return pos, found[0], found[1]
        if self.language != "de":
            return None
        word = _WORD.match(self.prepared, pos)
        if not word:
            return None
        for offset, _stem, role_id in self._compound_titles(word.group()):
            if 0 < offset < _COMPOUND_HEAD:
                continue  # "Özdemir" holds no "Emir"
            return pos + offset, word.end(), role_id
        return None

    def _compound_titles(self, word: str) -> Iterator[tuple[int, str, str]]:
        """(offset, title, role id) of each German title that ends ``word`` with one of the
        title endings: "Bundesaußenministerin" holds "außenminister" and "minister"."""
        for offset in range(len(word) - 3):
            sub = word[offset:]
            for ending in GERMAN_TITLE_ENDINGS:
                if sub.endswith(ending):
                    stem = sub[: len(sub) - len(ending)] if ending else sub
                    role_id = self.lexicon.compounds.get(stem)
                    if role_id:
                        yield offset, stem, role_id

    def _find_titles(self) -> Iterator[_Title]:
        after = 0
        previous: str | None = None
        for word in _WORD.finditer(self.prepared):
            if word.start() < after:
                continue
            found = self._title_at(word.start())
            if not found:
                continue
            core, end, role_id = self._longer_after_deputy(word, *found)
            after = end
            if role_id == COUNTERPART:
                if previous is None:
                    continue
                role_id = previous
            title = self._read_title(word.start(), core, end, role_id)
            if title is None:
                continue
            after = max(after, title.end)
            previous = title.role_id
            yield title

    def _longer_after_deputy(
        self, word: re.Match[str], core: int, end: int, role_id: str
    ) -> tuple[int, int, str]:
        """ "Deputy Secretary of State": the office after the deputy word is longer."""
        if word.group() not in self.lexicon.deputy_words.get(self.language, frozenset()):
            return core, end, role_id
        following = _WORD.search(self.prepared, word.end())
        longer = self._title_at(following.start()) if following else None
        if longer and longer[1] > end:
            return longer
        return core, end, role_id

    def _read_title(self, start: int, core: int, end: int, role_id: str) -> _Title | None:
        """The title around the words ``core:end``, with its state, organisation and remit."""
        role = self.lexicon.roles[role_id]
        if role.rank and self.language == "en" and not self.text[core].isupper():
            return None  # "in general, ..." is no rank
        if self._is_surname_here(core, end):
            return None  # "Stephen King", "Jörg König"
        head = self.prepared[core:end]
        start, role_id = self._deputy(start, core, role_id)
        # the organisation first: in "Kommandeur der peruanischen Luftwaffe" the state
        # belongs to the air force, which then lends the title its country
        org = self._org_before(start) or self._org_after(core, end)
        start, end, state, role_id = self._state_and_remit(start, end, head, role_id)
        if role_id == REMIT_ONLY:
            return None
        role_id = self._unit_command(role_id, core + len(head))
        role_id = self._org_head(role_id, core + len(head))
        country = state.iso3 if state else None
        if country:
            override = (self.language, head.split(" ")[0], country)
            role_id = self.lexicon.overrides.get(override, role_id)
        if org and not country:
            country = org.country
        rank = self.lexicon.roles[role_id].rank
        return _Title(start, end, role_id, rank, country, org.key if org else None)

    def _state_and_remit(
        self, start: int, end: int, head: str, role_id: str
    ) -> tuple[int, int, StateMention | None, str]:
        """The title's extent, state and role once the state and remit around it are read:
        "la ministra marroquí de Transición Energética y Desarrollo Sostenible"."""
        state = state_before(self.text, self.states, start)
        if state:
            start = state.span.start
        else:
            state = state_after(self.text, self.states, end)
            if state and self._given_name_after(end, (state.span.start, state.span.end)):
                state = None
            # German puts an adjective before its noun: "Kommandeur der französischen Kräfte"
            if state and not (self.language == "de" and state.form == "adjective"):
                end = state.span.end
        remit = self._remit(end, continues=self._is_remit_word(head.split(" ")[-1]))
        if remit is None:
            return start, end, state, role_id
        role_id = self._remit_role(head, role_id, remit)
        if not remit.closed:
            return start, end, state, role_id
        end = remit.end
        if state is None:  # "el ministro de Minas y Energía de Colombia"
            state = state_after(self.text, self.states, end)
            end = state.span.end if state else end
        return start, end, state, role_id

    def _given_name_after(self, end: int, span: tuple[int, int]) -> bool:
        """Whether the capital at ``span``, right after a title ending at ``end``, is a given
        name rather than the title's state."""
        return span in self.given_names and end <= span[0] and not self.text[end : span[0]].strip()

    def _deputy(self, start: int, core: int, role_id: str) -> tuple[int, str]:
        """The start and role of a title with a deputy word in or before it."""
        prepared = self.prepared
        deputy_words = self.lexicon.deputy_words.get(self.language, frozenset())
        prefix = prepared[start:core]
        before = re.search(r"(\w+)[ \t\u00a0-]*$", prepared[max(0, start - 25) : start])
        if core > start and prefix.split(" ")[0] in deputy_words:
            return start, self.lexicon.deputy_roles.get(role_id, role_id)
        if before and before.group(1) in deputy_words:
            return start - len(before.group(0)), self.lexicon.deputy_roles.get(role_id, role_id)
        if prefix and any(prefix.startswith(w) for w in deputy_words):
            return start, self.lexicon.deputy_roles.get(role_id, role_id)
        return start, role_id

    # -- remits, units and surnames ----------------------------------------------------------

    def _remit(self, pos: int, *, continues: bool) -> _Remit | None:
        """The remit that starts at ``pos`` ("für Wirtschaft und Klimaschutz"), if any.

        With ``continues``, the title holds a remit already and this one goes on with it:
        "ministra de Comercio, Industria y Turismo".
        """
        remits = self.lexicon.remits.get(self.language)
        tokens = self._remit_tokens(pos)
        if remits is None or not tokens:
            return None
        parts: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            link = tokens[i].group(1).lower()
            joined = parts or continues
            if not (link in remits.openers or (joined and (link in remits.joiners or link == ","))):
                break
            part = self._remit_part(tokens, i + 1)
            if part is None or (link == "," and not self._holds_remit_word(tokens, *part)):
                break
            parts.append(part)
            i = part[1]
        if not any(self._holds_remit_word(tokens, *part) for part in parts):
            return None
        return self._close_remit(tokens, parts)

    def _remit_tokens(self, pos: int) -> list[re.Match[str]]:
        """The words and commas written one after another from ``pos``."""
        tokens: list[re.Match[str]] = []
        while len(tokens) < 24:
            token = _REMIT_TOKEN.match(self.text, pos)
            if token is None:
                break
            tokens.append(token)
            pos = token.end()
        return tokens

    def _remit_part(self, tokens: list[re.Match[str]], i: int) -> tuple[int, int] | None:
        """Token indices (first, after last) of the capitalised words of one part of a remit.

        A German part is one noun, perhaps after an adjective ("auswärtige Angelegenheiten");
        Spanish and English ones run on ("Transición Energética", "Economic Affairs").
        """
        if i < len(tokens) and tokens[i].group(1).lower() in _ARTICLES:
            i += 1
        if self.language == "de" and i + 1 < len(tokens) and tokens[i].group(1).islower():
            i += 1
        end = i
        longest = 1 if self.language == "de" else 4
        while end < len(tokens) and end - i < longest and self._remit_word_at(tokens[end]):
            end += 1
        return (i, end) if end > i else None

    def _remit_word_at(self, token: re.Match[str]) -> bool:
        """A capitalised word that is not a state or an organisation: "de Perú" is no remit."""
        word = token.group(1)
        return word[0].isupper() and not self._is_blocked(token.start(1), token.end(1))

    def _is_remit_word(self, word: str) -> bool:
        """A listed remit word; German builds compounds on them ("Verbraucherschutz")."""
        words = self.lexicon.remits[self.language].words
        word = word.lower()
        if self.language == "de":
            return any(word.endswith(w) for w in words)
        return word in words

    def _holds_remit_word(self, tokens: list[re.Match[str]], first: int, end: int) -> bool:
        return any(self._is_remit_word(t.group(1)) for t in tokens[first:end])

    def _close_remit(self, tokens: list[re.Match[str]], parts: list[tuple[int, int]]) -> _Remit:
        """Where the remit ends. A name written right after it runs on in capitals, so in
        Spanish and English the remit ends with its last remit word when a name follows that
        word ("Secretary of State for Trade Jane Doe, who ...")."""
        first, end = parts[-1]
        after = tokens[end - 1].end(1)
        spans = [(tokens[a].start(1), tokens[b - 1].end(1)) for a, b in parts]
        if self.language == "de":  # one noun a part: "für Wirtschaft und Klimaschutz"
            return _Remit(after, True, tuple(spans))
        known = [k for k in range(first, end) if self._is_remit_word(tokens[k].group(1))]
        word_follows = bool(re.match(r"[ \t\u00a0]*\w", self.text[after : after + 3]))
        if known and known[-1] + 1 < end:
            cut = tokens[known[-1]].end(1)
            rest = self.read_forward(cut)
            if word_follows or (rest is not None and _is_full(rest)):
                spans[-1] = (spans[-1][0], cut)
                return _Remit(cut, True, tuple(spans))
        return _Remit(after, bool(known) or not word_follows, tuple(spans))

    def _remit_role(self, head: str, role_id: str, remit: _Remit) -> str:
        """The office a remit gives: "Secretary of State for Defence" is a junior minister, and
        "ministro de Producción, Comercio Exterior y Pesca" the trade minister."""
        remits = self.lexicon.remits[self.language]
        role_id = remits.titles.get(head, role_id)
        if role_id not in remits.refine:
            return role_id
        for start, end in remit.parts:
            part = self.prepared[start:end]
            for base in self._heads(head):
                for opener in sorted(remits.openers):
                    phrase = f"{base} {opener} {part}"
                    found = self.index.match_at(phrase, 0)
                    if (
                        found
                        and found[0] > len(base) + len(opener) + 1
                        and found[1] not in (role_id, REMIT_ONLY, COUNTERPART)
                    ):
                        return found[1]
        return role_id

    def _heads(self, head: str) -> list[str]:
        """A title and, in German, the base titles inside it ("Bundesministerin": "minister")."""
        found = [head]
        if self.language != "de":
            return found
        for _offset, stem, _role_id in self._compound_titles(head):
            if stem not in found:
                found.append(stem)
        return found

    def _unit_command(self, role_id: str, pos: int) -> str:
        """A head's title becomes a command when an armed unit follows it in the clause."""
        commands = self.lexicon.unit_roles.get(role_id)
        words = self.lexicon.unit_words.get(self.language)
        if commands is None or words is None:
            return role_id
        clause = self._clause_after(pos)
        for _, end, _ in words.finditer(clause):
            if not _POSSESSIVE.match(clause, end):  # "the army's legal department"
                return commands
        return role_id

    def _clause_after(self, pos: int) -> str:
        """The text after a title up to the end of its clause, at most 80 characters."""
        stop = _CLAUSE_END.search(self.text, pos, pos + 80)
        return self.text[pos : stop.start() if stop else pos + 80]

    def _org_head(self, role_id: str, pos: int) -> str:
        """A president's title becomes a director's when an organisation's name follows it in
        the clause: "president of the Brazilian Space Agency"."""
        head = self.lexicon.org_heads.get(role_id)
        if head is None:
            return role_id
        clause = self._clause_after(pos)
        if not _OF_AFTER_TITLE.match(clause):
            return role_id  # "presidente Javier Milei recibió al jefe del Comando Sur"
        for word in _WORD.finditer(clause):
            if word.group()[0].isupper() and word.group().lower() in self.lexicon.org_words:
                return head
        return role_id

    def _is_surname_here(self, core: int, end: int) -> bool:
        """A title that is also a surname, written as the end of a name ("Stephen King")."""
        return self._is_surname_title(self.prepared[core:end]) and self._follows_name(core)

    def _is_surname_title(self, word: str) -> bool:
        titles = self.lexicon.surname_titles.get(self.language, frozenset())
        return any(word.startswith(t) and word[len(t) :] in GERMAN_TITLE_ENDINGS for t in titles)

    def _follows_name(self, pos: int) -> bool:
        """Whether the word before ``pos`` can be part of a name: then a title there is the
        end of that name, not an office ("Carole King" but "Jordan's King Abdullah")."""
        before = _TOKEN_BEFORE.search(self.text, max(0, pos - 40), pos)
        if before is None:
            return False
        return self._kind(before.group(1), before.start(1), before.end(1), []) == "cap"

    def _after_place_word(self, pos: int) -> bool:
        """Whether a word that introduces a place ("en", "in") stands right before ``pos``."""
        before = _WORD_BEFORE.search(self.prepared, max(0, pos - 12), pos)
        return bool(before) and before.group(1) in self.lexicon.place_words.get(
            self.language, frozenset()
        )

    def _org_before(self, pos: int) -> _OrgSpot | None:
        for org in self.orgs:
            if (
                org.end <= pos
                and pos - org.end <= 4
                and _ORG_GAP_BEFORE.fullmatch(self.text, org.end, pos)
            ):
                return org
        return None

    def _org_after(self, core: int, pos: int) -> _OrgSpot | None:
        """An organisation inside the title ("jefe del Comando Sur") or just after it."""
        for org in self.orgs:
            if core < org.start <= pos:
                return org
            near = pos <= org.start <= pos + 24
            if near and (org.start == pos or _ORG_GAP_AFTER.fullmatch(self.text, pos, org.start)):
                return org
        return None

    # -- names -------------------------------------------------------------------------------

    def _is_blocked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.blocked)

    def _kind(self, token: str, start: int, end: int, kinds: list[str]) -> str | None:
        """'cap', 'init' or 'particle' for a token that can be part of a name, else None."""
        first = token[0]
        lower = token.lower()
        if not first.isupper():
            if re.match(r"[a-z]{2,3}-[^\W\d_]", token) and token.split("-", 1)[1][0].isupper():
                return "cap"  # al-Sisi
            if not kinds:
                return None
            if lower in _PARTICLES:
                if lower == "al" and not _ARABIC_AL.match(self.text, end):
                    return None  # "Gustavo Petro al Palacio de Nariño": Spanish "to the"
                if _PLACE_ADJECTIVE_AFTER.match(self.text, end):
                    return None  # "Marta Wenzel von der Berliner Denkfabrik": where she works
                return "particle"
            if lower in _SECOND_PARTICLES and kinds[-1] == "particle":
                return "particle"
            return None
        if len(token) == 1 or (len(token) == 2 and token[1] == "."):
            return "init"
        bare = re.sub(r"['’]s$", "", lower)
        if bare in self.lexicon.not_names[self.language]:
            return "cap" if self._named_despite_language(bare, start, end, kinds) else None
        if "-" in bare and bare.rsplit("-", 1)[1] in self.lexicon.org_words:
            return None  # "Chulalongkorn-Universität" is where she works, not her name
        if kinds and _REGNAL_NUMBER.fullmatch(token):
            return "cap"  # "Mohamed VI", "Felipe VI"
        if len(token) >= 2 and token.isupper():
            return None  # acronyms: USA, DSCA, EU
        if kinds and (start, end) in self.surname_like:
            return "cap"
        if (
            not kinds
            and (start, end) in self.given_names
            and any(self._given_name_after(t.end, (start, end)) for t in self.titles)
        ):
            return "cap"
        if self._is_blocked(start, end) or self._stops_name(start, kinds):
            return None
        if not kinds and self._is_place_before_name(token, start):
            return None  # "dijo en Juneau Ana Ruiz"
        if (
            self.language == "de"
            and "cap" in kinds
            and len(token) >= 7
            and _GERMAN_NOUN_END.search(token)
            and not re.search(r"-[a-z]+$", token)  # "Jae-myung" is a given name, not a noun
        ):
            return None
        return "cap"

    def _named_despite_language(self, bare: str, start: int, end: int, kinds: list[str]) -> bool:
        """A word that is a function word here but a given name elsewhere opens a name when a
        title stands right before it and a capital follows: "El ministro croata de Economía,
        Ante Šušnjar" is no Spanish "ante"."""
        return (
            not kinds
            and bare in self.lexicon.names_elsewhere
            and _name_after(self.text, end)
            and any(
                t.end <= start and not self.text[t.end : start].strip(" ,") for t in self.titles
            )
        )

    def _stops_name(self, start: int, kinds: list[str]) -> bool:
        """A title ends a name, unless it is also a surname inside one ("Stephen King")."""
        title = self._title_at(start)
        if title is None:
            return False
        return not (kinds and self._is_surname_title(self.prepared[title[0] : title[1]]))

    def _is_place_before_name(self, token: str, start: int) -> bool:
        is_place = _place_lookup()
        return is_place is not None and self._after_place_word(start) and is_place(token)

    def read_forward(self, pos: int) -> _Name | None:
        """The name that starts at ``pos`` (after at most two spaces)."""
        text = self.text
        tokens: list[tuple[int, int, str]] = []
        kinds: list[str] = []
        i = pos
        while kinds.count("cap") < 4:
            match = (_NEXT_TOKEN if kinds else _FIRST_TOKEN).match(text, i)
            if not match:
                break
            start, end, token = match.start(1), match.end(1), match.group(1)
            possessive = re.search(r"['’]s$", token)
            if possessive:
                token, end = token[: possessive.start()], start + possessive.start()
            kind = self._kind(token, start, end, kinds)
            if kind is None:
                if kinds and kinds[-1] == "cap" and token.lower() in self.lexicon.org_words:
                    return None  # "Brazilian Space Agency" names no one
                break
            tokens.append((start, end, token))
            kinds.append(kind)
            i = end
            if possessive:
                break
        while kinds and kinds[-1] != "cap":
            kinds.pop()
            tokens.pop()
        if not tokens:
            return None
        caps = tuple(t for (_, _, t), k in zip(tokens, kinds, strict=True) if k == "cap")
        start, end = tokens[0][0], tokens[-1][1]
        return _Name(start, end, text[start:end], caps)

    def read_backward(self, end: int) -> _Name | None:
        """The name that ends exactly at ``end``."""
        text = self.text
        words = list(_TOKEN.finditer(text, max(0, end - 100), end))
        run: list[re.Match[str]] = []
        for word in reversed(words):
            following = run[0].start() if run else end
            if text[word.end() : following] not in ("", " ", "\u00a0") or (
                not run and word.end() != end
            ):
                break
            run.insert(0, word)
            if len(run) >= 8:
                break
        for word in run:
            name = self.read_forward(word.start())
            if name and name.end == end and name.start == word.start():
                return name
        return None

    # -- titles and names together -----------------------------------------------------------

    def titled_names(self) -> Iterator[tuple[_Name, _Title]]:
        starts = {t.start: t for t in self.titles}
        for title in self.titles:
            name = None
            if self._spaced(title.end):
                name = self.read_forward(title.end)
                after = self._past_honorific(title.end)
                if after != title.end and (name is None or name.start < after):
                    # "Außenminister Scheich Mohammed ...": the name starts after the honorific
                    name = self.read_forward(after) or name
            if name is None and not title.rank:
                name = self._after_rank(title.end, starts)
            if name is None and not title.rank:
                name = self._apposition(title, starts)
            if name is None and not title.rank:
                name = self._postposed(title)
            if name is not None:
                yield name, title

    def listed_names(self) -> Iterator[tuple[_Name, _Title]]:
        """Two or more names after a title in the plural, each of them holding it: "foreign
        ministers Anita Anand and Lars Løkke Rasmussen", "los cancilleres A y B", "die
        Außenminister A und B". A plural title before a single name says nothing about it."""
        for start, end, role_id in self._plural_titles():
            names: list[_Name] = []
            pos = end
            while True:
                gap = _LIST_GAP.match(self.text, pos) if names else _FIRST_GAP.match(self.text, pos)
                name = self.read_forward(gap.end()) if gap else None
                if name is None or name.start != gap.end() or len(name.caps) < 2:
                    break
                names.append(name)
                pos = name.end
            if len(names) >= 2:
                rank = self.lexicon.roles[role_id].rank
                title = _Title(start, end, role_id, rank, None, None)
                yield from ((name, title) for name in names)

    def _plural_titles(self) -> Iterator[tuple[int, int, str]]:
        plural = self.lexicon.plural_titles.get(self.language)
        if plural is not None:
            yield from plural.finditer(self.text)
        elif self.language == "de":
            # German plural titles look singular: the article before them tells
            for title in self.titles:
                plural = _GERMAN_PLURAL_BEFORE.search(self.text, 0, title.start)
                if plural and title.role_id in self.lexicon.roles:
                    yield title.start, title.end, title.role_id

    def _after_rank(self, pos: int, starts: dict[int, _Title]) -> _Name | None:
        """The name after a rank that follows a function: "Border Guard chief Major General X",
        "jefe del Estado Mayor, el general de brigada X". The function is theirs too."""
        rank = starts.get(_ARTICLE_AT.match(self.text, pos).end())
        if rank is None or not rank.rank:
            return None
        return self.read_forward(rank.end)

    def _names_between(self, start: int, end: int) -> Iterator[_Name]:
        for token in _TOKEN.finditer(self.text, start, end):
            if token.group()[0].isupper():
                name = self.read_forward(token.start())
                if name is not None:
                    yield name

    def _spaced(self, pos: int) -> bool:
        return pos < len(self.text) and self.text[pos] in " \t\u00a0"

    def _apposition(self, title: _Title, starts: dict[int, _Title]) -> _Name | None:
        text = self.text
        comma = text.find(",", title.end, title.end + 120)
        if comma < 0:
            return None
        complement = list(text[title.end : comma])
        for s, e in self.blocked:
            for k in range(max(s, title.end), min(e, comma)):
                complement[k - title.end] = " "
        rest = re.sub(r"\([^()]*\)", " ", "".join(complement))
        if re.search(r"[.;:!?\"«»“”()]", rest) or len(rest.split()) > 10:
            return None
        words = rest.split()
        if words and words[0].lower() not in _COMPLEMENT_START:
            return None
        if any(
            _is_full(n) and not self._after_complement_word(n.start)
            for n in self._names_between(title.end, comma)
        ):
            return None  # "Deputy Secretary of State Christopher Landau, Ali said"
        pos = self._past_spaces(comma + 1)
        rank = starts.get(pos)
        if rank is not None:
            pos = rank.end
        pos = self._past_honorific(pos)
        return self.read_forward(pos) or self._after_rank(comma + 1, starts)

    def _past_honorific(self, pos: int) -> int:
        """Where the name starts after "el príncipe", "Sheikh" or "Prinz", if one stands at
        ``pos``; a prince's name is his own, the rank by birth is no part of it."""
        start = _ARTICLE_AT.match(self.text, pos).end()
        word = _TOKEN.match(self.text, start)
        if word is None or word.group().lower() not in self.lexicon.honorifics.get(
            self.language, frozenset()
        ):
            return pos
        return self._past_spaces(word.end())

    def _past_spaces(self, pos: int) -> int:
        return _SPACES.match(self.text, pos).end()

    def _after_complement_word(self, pos: int) -> bool:
        """A region or remit, not a name: "enviado especial para Oriente Medio, X"."""
        before = _WORD_BEFORE.search(self.prepared, max(0, pos - 12), pos)
        return bool(before) and (
            before.group(1) in _COMPLEMENT_START or before.group(1) in _ARTICLES
        )

    def _postposed(self, title: _Title) -> _Name | None:
        head = self.text[: title.start]
        article = _ARTICLE_BEFORE.search(head) or _OWNER_BEFORE.search(head)
        if article:
            head = head[: article.start()]
        stripped = head.rstrip()
        if not stripped.endswith(","):
            return None
        return self.read_backward(len(stripped) - 1)

    def _in_title(self, name: _Name, cue: int) -> bool:
        """Inside a title's remit, or its complement when the speech word ``cue`` is one:
        "enviado especial para Asuntos Asiáticos", "para Oriente Medio" name no one."""
        return any(
            (t.start < name.end and name.start < t.end) or 0 <= cue - t.end <= 1
            for t in self.titles
        )

    def all_names(self) -> Iterator[_Name]:
        """Every run of two to four name words, titled or not: what a later "sagte Hegseth"
        can refer back to."""
        after = 0
        for token in _TOKEN.finditer(self.text):
            if token.start() < after or not token.group()[0].isupper():
                continue
            name = self.read_forward(token.start())
            if name is not None and _is_full(name):
                after = name.end
                yield name

    def spoken_names(self) -> Iterator[_Name]:
        index = self.lexicon.speech.get(self.language)
        if index is None:
            return
        for start, end, _ in index.finditer(self.text):
            after = self.read_forward(end) if self._spaced(end) else None
            if after is not None and not self._in_title(after, start):
                yield after
            head = self.text[:start].rstrip(" \t\u00a0")
            if len(head) < start:
                before = self.read_backward(len(head))
                if before is not None:
                    yield before


# --------------------------------------------------------------------------------------------
# People across the document


@dataclass
class _Person:
    name: str
    caps: tuple[str, ...]
    span: Span
    claims: list[_Claim] = field(default_factory=list)
    spoke: bool = False

    def aliases(self) -> set[str]:
        caps = [c.lower() for c in self.caps]
        found = {caps[-1]}
        if caps[0] in EAST_ASIAN_SURNAMES and len(caps) <= 3:
            found.add(caps[0])
        elif len(caps) >= 3:
            found.add(caps[-2])
        return found

    def same_as(self, caps: tuple[str, ...]) -> bool:
        """One name is a run of the other's words: "Carlos Chávez" in "Carlos Chávez Cateriano",
        "Michael Miller" and "Michael F. Miller"."""
        mine = tuple(c.lower() for c in self.caps)
        other = tuple(c.lower() for c in caps)
        short, long = sorted((mine, other), key=len)
        return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _org_spots(text: str, orgs: Sequence[OrgMention], number: int) -> list[_OrgSpot]:
    """Every place an organisation found by ``orgs`` is written in this paragraph."""
    spots: list[_OrgSpot] = []
    for org in orgs:
        needles = {org.span.text}
        if org.acronym:
            needles.add(org.acronym)
        for needle in needles:
            if not needle:
                continue
            for hit in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
                spots.append(_OrgSpot(hit.start(), hit.end(), org.key, org.country))
        if org.span.paragraph == number and not any(
            s.start == org.span.start for s in spots if s.key == org.key
        ):
            spots.append(_OrgSpot(org.span.start, org.span.end, org.key, org.country))
    return sorted(spots, key=lambda s: s.start)


def _is_full(name: _Name) -> bool:
    """Two capitalised words, or initials before a surname ("S. Jaishankar")."""
    return len(name.caps) >= 2 or (len(name.caps) == 1 and name.text != name.caps[0])


def _aliases(people: Sequence[_Person]) -> dict[str, list[_Person]]:
    by_alias: dict[str, list[_Person]] = {}
    for person in people:
        for alias in person.aliases():
            by_alias.setdefault(alias, []).append(person)
    return by_alias


def _choose(claims: list[_Claim]) -> _Claim | None:
    """A function beats a rank ("General X, commander of the air force" is a commander)."""
    titled = sorted((c for c in claims if c.role_id), key=lambda c: c.order)
    functions = [c for c in titled if not c.rank]
    return (functions or titled or [None])[0]


def find_people(
    doc: Document,
    states: Sequence[StateMention] = (),
    orgs: Sequence[OrgMention] = (),
) -> list[PersonMention]:
    """One mention per person with a title or a quote, ordered by first mention."""
    lexicon = load_lexicon()
    states_by_par = by_paragraph(states)
    paragraphs = [
        _Paragraph(
            block.number,
            block.text,
            doc.language,
            states_by_par.get(block.number, []),
            _org_spots(block.text, orgs, block.number),
            lexicon,
        )
        for block in doc.paragraphs
    ]
    full: list[tuple[Span, _Name, _Claim]] = []
    short: list[tuple[str, _Claim]] = []
    for par in paragraphs:
        found = [
            (name, _Claim((par.number, name.start), t.role_id, t.rank, t.country, t.org))
            for name, t in par.titled_names()
        ]
        found += [
            (name, _Claim((par.number, name.start), t.role_id, t.rank, t.country, t.org))
            for name, t in par.listed_names()
        ]
        found += [
            (name, _Claim((par.number, name.start), None, False, None, None))
            for name in par.spoken_names()
        ]
        for name, claim in found:
            if _is_full(name):
                full.append((Span(par.number, name.start, name.end, name.text), name, claim))
            elif len(name.caps) == 1 and name.text == name.caps[0]:
                short.append((name.caps[0].lower(), claim))

    people: list[_Person] = []
    is_place = _place_lookup()
    # Titled names first: a name read back from a speech verb can swallow the end of a title
    # ("Defense Secretary Pete Hegseth announced" reads back as "Secretary Pete Hegseth").
    for span, name, claim in sorted(
        full, key=lambda item: (item[2].role_id is None, item[2].order)
    ):
        person = next((p for p in people if p.same_as(name.caps)), None)
        if person is None:
            if is_place is not None and len(name.caps) == 2 and is_place(name.text):
                continue
            person = _Person(name.text, name.caps, span)
            people.append(person)
        person.claims.append(claim)
        person.spoke = person.spoke or claim.role_id is None

    by_alias = _aliases(people)
    if any(alias not in by_alias for alias, _ in short):
        # a surname with a title or a quote whose full name was written without either
        for par in paragraphs:
            for name in par.all_names():
                if any(p.same_as(name.caps) for p in people):
                    continue
                if is_place is not None and len(name.caps) == 2 and is_place(name.text):
                    continue
                span = Span(par.number, name.start, name.end, name.text)
                people.append(_Person(name.text, name.caps, span))
        by_alias = _aliases(people)
    for alias, claim in short:
        owners = by_alias.get(alias, [])
        if len(owners) == 1:
            owners[0].claims.append(claim)
            owners[0].spoke = owners[0].spoke or claim.role_id is None

    results: list[PersonMention] = []
    for person in people:
        span = _first_mention(person, paragraphs)
        chosen = _choose(person.claims)
        if chosen is None and not person.spoke:
            continue
        if chosen is None:
            results.append(
                PersonMention(span, person.name, None, None, None, None, CONFIDENCE_SPEECH)
            )
            continue
        titled = [c for c in person.claims if c.role_id]
        country = chosen.country or next((c.country for c in titled if c.country), None)
        org = chosen.org or next((c.org for c in titled if c.org), None)
        role = lexicon.roles[chosen.role_id]  # type: ignore[index]
        confidence = CONFIDENCE_TITLE_COUNTRY if country else CONFIDENCE_TITLE
        results.append(
            PersonMention(span, person.name, role.label, role.id, country, org, confidence)
        )
    return sorted(results, key=lambda p: (p.span.paragraph, p.span.start))


def _first_mention(person: _Person, paragraphs: Sequence[_Paragraph]) -> Span:
    """The earliest place the full name is written, titled or not."""
    for par in paragraphs:
        if (par.number, 0) > (person.span.paragraph, person.span.start):
            break
        at = par.text.find(person.name)
        while at >= 0:
            end = at + len(person.name)
            if (at == 0 or not par.text[at - 1].isalnum()) and (
                end == len(par.text) or not par.text[end].isalnum()
            ):
                if (par.number, at) < (person.span.paragraph, person.span.start):
                    return Span(par.number, at, end, person.name)
                break
            at = par.text.find(person.name, at + 1)
    return person.span
