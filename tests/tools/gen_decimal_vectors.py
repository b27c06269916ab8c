#!/usr/bin/env python3
"""Writes tests/data/decimal_vectors.txt, the golden vectors for jixiao::Decimal.

The oracle is Python's `decimal` module (exact arithmetic at 100 digits, the General
Decimal Arithmetic roundings) and `fractions.Fraction` for exact quotients; jixiao's
C++ code is never consulted. The parse cases come from a reference reader written
here from the grammar in docs/decimal.md, cross-checked against `decimal.Decimal`.

The random generator has a fixed seed, so running this script again reproduces the
committed file byte for byte (a ctest checks that):

    python3 tests/tools/gen_decimal_vectors.py tests/data/decimal_vectors.txt

Line format (fields separated by one space; `!code` is the expected error code):
    add|sub|mul A B RESULT
    mulr A B SCALE MODE RESULT        multiply() rounded to SCALE decimals
    div A B SCALE MODE RESULT         divide()
    pct A B SCALE MODE RESULT         percent_of()
    quant A SCALE MODE RESULT         round_to()/quantize()
    cmp A B -1|0|1
    fmt A GROUPING SCALE MODE RESULT  format()
    parse "TEXT" RESULT | parse "TEXT" !CODE OFFSET COLUMN
RESULT is the exact text `to_string()` must give (the scale is part of the answer).
"""

import random
import sys
from decimal import (ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Context, Decimal, Inexact)
from fractions import Fraction

SEED = 0x7E1C0_2026
MAX_DIGITS = 18
MAX_SCALE = 18
MAX_COEF = 10**18 - 1

MODES = [("half_up", ROUND_HALF_UP), ("half_even", ROUND_HALF_EVEN), ("half_down", ROUND_HALF_DOWN),
         ("up", ROUND_UP), ("down", ROUND_DOWN), ("ceiling", ROUND_CEILING), ("floor", ROUND_FLOOR),
         ("05up", ROUND_05UP)]
MODE_NAMES = [m for m, _ in MODES]
PY_MODE = dict(MODES)

# Exact context: 100 digits is far more than any intermediate here (at most ~60), and
# Inexact traps so that an accidental rounding in the oracle itself cannot pass silently.
EXACT = Context(prec=100, traps=[Inexact])


class Fail(Exception):
    """An expected jixiao error; the code without the `jixiao.decimal.` prefix."""


def parts(d):
    """(coefficient, scale) of a Decimal with a non-positive exponent."""
    sign, digits, exp = d.as_tuple()
    coef = int("".join(map(str, digits)) or "0")
    if sign:
        coef = -coef
    if exp > 0:
        coef *= 10**exp
        exp = 0
    return coef, -exp


def text(coef, scale):
    """jixiao's to_string(): plain digits, scale kept, no negative zero."""
    neg = coef < 0
    digits = str(abs(coef))
    if scale > 0:
        digits = digits.rjust(scale + 1, "0")
        digits = digits[:-scale] + "." + digits[-scale:]
    return ("-" if neg and coef != 0 else "") + digits


def dec(coef, scale):
    return Decimal(coef).scaleb(-scale, EXACT)


def fits(coef, scale):
    """The exact result (coef, scale), reduced only as far as the 18-digit limits need."""
    while (abs(coef) > MAX_COEF or scale > MAX_SCALE) and scale > 0 and coef % 10 == 0:
        coef //= 10
        scale -= 1
    if scale > MAX_SCALE:
        raise Fail("scale")
    if abs(coef) > MAX_COEF:
        raise Fail("overflow")
    return text(coef, scale)


def at_scale(coef, scale):
    """A result whose scale was asked for: no reduction."""
    if abs(coef) > MAX_COEF:
        raise Fail("overflow")
    return text(coef, scale)


def check_scale(scale):
    if scale < 0 or scale > MAX_SCALE:
        raise Fail("scale")


def quantize(d, scale, mode):
    check_scale(scale)
    q = d.quantize(Decimal(1).scaleb(-scale), rounding=PY_MODE[mode], context=Context(prec=100))
    return at_scale(parts(q)[0], scale)


def round_fraction(x, scale, mode):
    """x (a Fraction) rounded to `scale` decimals by `mode`, using decimal's rounding.

    The integer part is exact; the discarded part is replaced by a representative
    (.25, .5 or .75, or nothing when it is zero) that rounds exactly like it does."""
    y = x * 10**scale
    q = int(y)  # truncates toward zero
    r = abs(y - q)
    tail = "" if r == 0 else ".25" if r < Fraction(1, 2) else ".5" if r == Fraction(1, 2) else ".75"
    neg = y < 0
    rep = Decimal(("-" if neg else "") + str(abs(q)) + tail)
    rounded = rep.quantize(Decimal(1), rounding=PY_MODE[mode], context=Context(prec=100))
    return at_scale(int(rounded), scale)


def frac(s):
    return Fraction(Decimal(s))


# ---- the operations, as jixiao defines them -----------------------------------------

def op_add(a, b):
    return fits(*parts(EXACT.add(Decimal(a), Decimal(b))))


def op_sub(a, b):
    return fits(*parts(EXACT.subtract(Decimal(a), Decimal(b))))


def op_mul(a, b):
    return fits(*parts(EXACT.multiply(Decimal(a), Decimal(b))))


def op_mulr(a, b, scale, mode):
    check_scale(scale)
    return quantize(EXACT.multiply(Decimal(a), Decimal(b)), scale, mode)


def op_div(a, b, scale, mode):
    check_scale(scale)
    if Decimal(b) == 0:
        raise Fail("division_by_zero")
    return round_fraction(frac(a) / frac(b), scale, mode)


def op_pct(a, b, scale, mode):
    check_scale(scale)
    if Decimal(b) == 0:
        raise Fail("division_by_zero")
    return round_fraction(frac(a) * 100 / frac(b), scale, mode)


def op_quant(a, scale, mode):
    return quantize(Decimal(a), scale, mode)


def op_cmp(a, b):
    return str(int(Decimal(a).compare(Decimal(b))))


def op_fmt(a, grouping, scale, mode):
    s = quantize(Decimal(a), scale, mode)
    if grouping:
        s = format(Decimal(s), ",f")
    return s


def run(f, *args):
    try:
        return f(*args)
    except Fail as e:
        return "!" + str(e)


# ---- random operands ------------------------------------------------------------------

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def coef(self, digits):
        if digits == 0:
            return 0
        return self.r.randrange(10**(digits - 1), 10**digits)

    def value(self, int_digits=None, scale=None, allow_zero=True):
        """A Decimal as jixiao text: int_digits before the point, `scale` after."""
        r = self.r
        if scale is None:
            scale = r.randrange(0, MAX_SCALE + 1)
        if int_digits is None:
            int_digits = r.randrange(0, MAX_DIGITS - scale + 1)
        # coefficient with at most int_digits + scale digits; sometimes leading zeros
        total = int_digits + scale
        if total == 0:
            c = 0
        else:
            c = self.coef(r.randrange(1, total + 1) if r.random() < 0.3 else total)
        if c == 0 and not allow_zero:
            c = 1
        if r.random() < 0.5:
            c = -c
        return text(c, scale)

    def edge(self):
        r = self.r
        s = r.randrange(0, MAX_SCALE + 1)
        c = r.choice([0, 1, 5, 9, 10, MAX_COEF, MAX_COEF - 1, 10**17, 10**17 + 5, 5 * 10**17,
                      999_999_999, 10**r.randrange(0, 18)])
        if r.random() < 0.5:
            c = -c
        return text(c, s)

    def operand(self):
        return self.edge() if self.r.random() < 0.12 else self.value()

    def mode(self):
        return self.r.choice(MODE_NAMES)


def scale_of(s):
    return len(s.split(".")[1]) if "." in s else 0


def int_len(s):
    return len(s.lstrip("-").split(".")[0].lstrip("0"))


# ---- the reference reader (grammar of docs/decimal.md) ---------------------------------

SPACES = {" ", "\t", "\r", "\n", "\u3000", "\u00a0"}
FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
FULLWIDTH.update({"\uff0c": ",", "\uff0e": ".", "\uff0b": "+", "\uff0d": "-", "\u2212": "-"})


def glyphs(raw):
    """Splits UTF-8 bytes into (offset, ascii-or-None, is_space) glyphs. A lead byte
    decides the length (cut at the end of the text); undecodable bytes are glyphs too."""
    out = []
    i = 0
    while i < len(raw):
        b0 = raw[i]
        n = 1 if b0 < 0x80 else 4 if b0 >= 0xF0 else 3 if b0 >= 0xE0 else 2 if b0 >= 0xC0 else 1
        n = min(n, len(raw) - i)
        chunk = raw[i:i + n]
        try:
            ch = chunk.decode("utf-8")
        except UnicodeDecodeError:
            ch = None
        if ch is not None and ch in SPACES:
            out.append((i, None, True))
        elif ch is not None and len(ch) == 1 and ord(ch) < 0x80:
            out.append((i, ch, False))
        elif ch is not None and ch in FULLWIDTH:
            out.append((i, FULLWIDTH[ch], False))
        else:
            out.append((i, None, False))
        i += n
    return out


def column(raw, offset):
    return 1 + sum(1 for b in raw[:offset] if (b & 0xC0) != 0x80)


def reference_parse(raw):
    """(True, to_string) or (False, code, offset, column)."""
    gs = glyphs(raw)
    lo, hi = 0, len(gs)
    while lo < hi and gs[lo][2]:
        lo += 1
    while hi > lo and gs[hi - 1][2]:
        hi -= 1
    end = gs[hi][0] if hi < len(gs) else len(raw)

    def bad(code, offset):
        return (False, "jixiao.decimal." + code, offset, column(raw, offset))

    if lo == hi:
        return bad("empty", end)
    i = lo
    negative = False
    if gs[i][1] in ("+", "-"):
        negative = gs[i][1] == "-"
        i += 1
    int_digits = frac_digits = significant = 0
    first_group = ""      # digits before the first separator
    group = None          # digits since the last separator, None before the first
    point = False
    kept = ""
    while i < hi:
        off, c, _ = gs[i]
        if c is not None and c.isdigit():
            if not point:
                int_digits += 1
                if group is None:
                    first_group += c
                else:
                    group += 1
                    if group > 3:
                        return bad("bad_grouping", off)
            else:
                frac_digits += 1
            if significant > 0 or c != "0":
                significant += 1
            if significant > MAX_DIGITS or int_digits > MAX_DIGITS:
                return bad("too_many_digits", off)
            if frac_digits > MAX_SCALE:
                return bad("scale", off)
            kept += c
        elif c == "," and not point:
            if int_digits == 0:
                return bad("bad_grouping", off)
            if group is None:
                if len(first_group) > 3 or first_group[0] == "0":
                    return bad("bad_grouping", off)
            elif group != 3:
                return bad("bad_grouping", off)
            group = 0
        elif c == "." and not point:
            if group is not None and group != 3:
                return bad("bad_grouping", off)
            point = True
            kept += "."
        else:
            return bad("bad_character", off)
        i += 1
    if group is not None and not point and group != 3:
        return bad("bad_grouping", end)
    if int_digits == 0 and frac_digits == 0:
        return bad("missing_digits", end)
    if point and frac_digits == 0:
        return bad("missing_digits", end)
    value = Decimal(("-" if negative else "") + (kept if not kept.startswith(".") else "0" + kept))
    coef, scale = parts(value)
    assert scale == frac_digits
    return (True, text(coef, scale))


def quote(raw):
    """The text in double quotes with backslash escapes (backslash, quote, xHH); valid UTF-8 is kept
    as it is (so full-width digits stay readable), bytes of invalid UTF-8 are escaped."""
    try:
        raw.decode("utf-8")
        keep_high = True
    except UnicodeDecodeError:
        keep_high = False
    out = b'"'
    for b in raw:
        if b in (0x5C, 0x22):
            out += b"\\" + bytes([b])
        elif b < 0x20 or b == 0x7F or (b >= 0x80 and not keep_high):
            out += b"\\x%02X" % b
        else:
            out += bytes([b])
    return out + b'"'


def to_fullwidth(s, r):
    table = {str(i): chr(0xFF10 + i) for i in range(10)}
    table.update({",": "\uff0c", ".": "\uff0e", "-": "\uff0d", "+": "\uff0b"})
    return "".join(table.get(ch, ch) if r.random() < 0.7 else ch for ch in s)


def grouped(s):
    return format(Decimal(s), ",f")


# ---- the cases --------------------------------------------------------------------------

def build():
    g = Gen(SEED)
    r = g.r
    lines = []  # (tally key, line)

    def emit(key, line):
        for field in line.split()[1:-1]:  # every operand must itself be a valid Decimal
            if field[0] in "-0123456789" and field != "05up":
                coef, _ = parts(Decimal(field))
                assert abs(coef) <= MAX_COEF and scale_of(field) <= MAX_SCALE, line
        lines.append((key, line))

    # add / sub: random, aligned-scale maxima, carries at the 18-digit edge
    for op, f in (("add", op_add), ("sub", op_sub)):
        for _ in range(1500):
            if r.random() < 0.6:
                s = r.randrange(0, MAX_SCALE + 1)
                a = g.value(scale=r.randrange(0, s + 1), int_digits=r.randrange(0, MAX_DIGITS - s + 1))
                b = g.value(scale=r.randrange(0, s + 1), int_digits=r.randrange(0, MAX_DIGITS - s + 1))
            else:
                a, b = g.operand(), g.operand()
            emit(op, f"{op} {a} {b} {run(f, a, b)}")
        for s in range(0, MAX_SCALE + 1):
            m = text(MAX_COEF, s)
            one = text(1, s)
            emit(op, f"{op} {m} {one} {run(f, m, one)}")
            emit(op, f"{op} -{m} {one} {run(f, '-' + m, one)}")
            emit(op, f"{op} {m} -{m} {run(f, m, '-' + m)}")
            emit(op, f"{op} {m} 0 {run(f, m, '0')}")
            z = "0." + "0" * (s + 1) if s < MAX_SCALE else "0"
            emit(op, f"{op} {m} {z} {run(f, m, z)}")

    # exact multiply
    for _ in range(2000):
        if r.random() < 0.7:
            da = r.randrange(1, 18)
            db = r.randrange(1, MAX_DIGITS - da + 1)
            sa = r.randrange(0, MAX_SCALE + 1)
            sb = r.randrange(0, MAX_SCALE - sa + 1)
            a = text(g.coef(da) * r.choice([1, -1]), sa)
            b = text(g.coef(db) * r.choice([1, -1]), sb)
        else:
            a, b = g.operand(), g.operand()
        emit("mul", f"mul {a} {b} {run(op_mul, a, b)}")
    for s in range(0, MAX_SCALE + 1):
        a = text(MAX_COEF, s)
        for b in ("1", "-1", "1.0", "0.1", "10", "2", "0"):
            emit("mul", f"mul {a} {b} {run(op_mul, a, b)}")

    # multiply with rounding, divide, percent_of: every mode
    for mode in MODE_NAMES:
        for _ in range(500):
            a, b = g.operand(), g.operand()
            if r.random() < 0.5:
                a = text(g.coef(r.randrange(1, 10)) * r.choice([1, -1]), r.randrange(0, 10))
                b = text(g.coef(r.randrange(1, 10)) * r.choice([1, -1]), r.randrange(0, 10))
            scale = r.randrange(0, MAX_SCALE + 1)
            emit("mulr." + mode, f"mulr {a} {b} {scale} {mode} {run(op_mulr, a, b, scale, mode)}")
        for _ in range(500):
            if r.random() < 0.6:
                a = text(g.coef(r.randrange(1, 13)) * r.choice([1, -1]), r.randrange(0, 8))
                b = text(g.coef(r.randrange(1, 8)) * r.choice([1, -1]), r.randrange(0, 8))
            else:
                a, b = g.operand(), g.value(allow_zero=False)
            scale = r.randrange(0, MAX_SCALE + 1)
            emit("div." + mode, f"div {a} {b} {scale} {mode} {run(op_div, a, b, scale, mode)}")
        # exact ties of a quotient: (2k+1)/2 and friends, at several scales
        for k in range(-12, 13):
            for den in ("2", "8", "0.4", "-2", "16"):
                a = text(2 * k + 1, 0)
                scale = r.randrange(0, 4)
                emit("div." + mode, f"div {a} {den} {scale} {mode} {run(op_div, a, den, scale, mode)}")
        for _ in range(150):
            a = text(g.coef(r.randrange(1, 10)) * r.choice([1, -1]), r.randrange(0, 6))
            b = text(g.coef(r.randrange(1, 10)) * r.choice([1, -1]), r.randrange(0, 6))
            scale = r.randrange(0, 8)
            emit("pct." + mode, f"pct {a} {b} {scale} {mode} {run(op_pct, a, b, scale, mode)}")

    # quantize: random, then ties (and near-ties) at every digit position, both signs,
    # with every kept last digit so that half_even and 05up see each case
    for mode in MODE_NAMES:
        for _ in range(400):
            a = g.operand()
            scale = r.randrange(0, MAX_SCALE + 1)
            emit("quant." + mode, f"quant {a} {scale} {mode} {run(op_quant, a, scale, mode)}")
        for src in range(1, MAX_SCALE + 1):
            for dst in range(0, src):
                unit = 10**(src - dst)
                for delta in (0, 1, -1):
                    last = r.randrange(0, 10)
                    head_digits = r.randrange(0, MAX_DIGITS - (src - dst) + 1)
                    head = g.coef(head_digits) if head_digits else 0
                    c = (head * 10 + last) * unit + unit // 2 + delta
                    if abs(c) > MAX_COEF:
                        c = (last * unit) + unit // 2 + delta
                    if abs(c) > MAX_COEF:  # 18 discarded digits leave no room for a kept one
                        c = unit // 2 + delta
                    if r.random() < 0.5:
                        c = -c
                    a = text(c, src)
                    emit("quant." + mode, f"quant {a} {dst} {mode} {run(op_quant, a, dst, mode)}")
        for a, scale in (("1", 19), ("1", -1), (text(MAX_COEF, 0), 1), (text(MAX_COEF, 17), 18),
                         (text(10**17, 0), 1), (text(MAX_COEF, 18), 0), (text(-MAX_COEF, 1), 0)):
            emit("quant." + mode, f"quant {a} {scale} {mode} {run(op_quant, a, scale, mode)}")
    # errors of scale and zero divisors for the rounding operations
    for mode in MODE_NAMES:
        for scale in (-1, 19, 40):
            emit("mulr." + mode, f"mulr 1.5 2 {scale} {mode} {run(op_mulr, '1.5', '2', scale, mode)}")
            emit("div." + mode, f"div 1 3 {scale} {mode} {run(op_div, '1', '3', scale, mode)}")
        for zero in ("0", "0.00", "-0.000000000000000000"):
            emit("div." + mode, f"div 7.5 {text(0, scale_of(zero))} 2 {mode} {run(op_div, '7.5', zero, 2, mode)}")
            emit("pct." + mode, f"pct 7.5 {text(0, scale_of(zero))} 2 {mode} {run(op_pct, '7.5', zero, 2, mode)}")

    # comparisons across scales
    for _ in range(800):
        a = g.operand()
        if r.random() < 0.4:
            coef, sc = parts(Decimal(a))
            extra = r.randrange(0, MAX_SCALE - sc + 1)
            b = text(coef * 10**extra, sc + extra)
            if abs(coef * 10**extra) > MAX_COEF:
                b = a
            if r.random() < 0.3:
                nudged = run(op_add, b, text(r.choice([1, -1]), MAX_SCALE))
                b = b if nudged.startswith("!") else nudged
        else:
            b = g.operand()
        emit("cmp", f"cmp {a} {b} {op_cmp(a, b)}")

    # format with and without grouping
    for _ in range(600):
        a = g.operand()
        scale = r.randrange(0, 8)
        mode = g.mode()
        grouping = r.randrange(0, 2)
        emit("fmt", f"fmt {a} {grouping} {scale} {mode} {run(op_fmt, a, grouping, scale, mode)}")

    # parse: round trips of to_string and grouped format, full-width and padded spellings
    parse_lines = []

    def parse_case(raw):
        res = reference_parse(raw)
        key = "parse.ok" if res[0] else "parse.rejected"
        if res[0]:
            parse_lines.append((key, b"parse " + quote(raw) + b" " + res[1].encode()))
        else:
            parse_lines.append((key, b"parse " + quote(raw) + b" !" + res[1].encode() + b" %d %d" % (res[2], res[3])))
        return res

    for _ in range(800):
        a = g.operand()
        res = parse_case(a.encode())
        assert res[0] and res[1] == a, (a, res)
        s = grouped(a)
        res = parse_case(s.encode())
        assert res[0] and res[1] == a, (s, res)
        if r.random() < 0.5:
            pad = r.choice([" ", "  ", "\t", "\u3000", "\u00a0", " \u3000"])
            res = parse_case((pad + to_fullwidth(s, r) + pad[::-1]).encode())
            assert res[0] and res[1] == a, (s, res)
    # the issue's spellings and its rejections
    issue = ["1992.29", "1,992.29", "-0.50", "+3", ".5", "-.5", "１，９９２．２９", "  1,992.29  ",
             "-0", "-0.00", "0001.20", "999,999,999,999,999,999", "0.000000000000000001",
             "1,99,2.29", "1e5", "NaN", "", "--1", "5.", ".", "+", "-", ",", "1,", "1,.5",
             "0,123", "012,345", "1,234,56", "1234,567", "1 234", "1.2.3", "1.234,5", "１２％",
             "inf", "0x10", "1_000", "+-1", "1-", "１．", "\u3000", "\t \n", "12,345.678,9",
             "1234567890123456789", "0.0000000000000000001", "0.1234567890123456789",
             "1000000000000000000", "000000000000000000001", "12345678901234567.89"]
    for s in issue:
        parse_case(s.encode())
    for s in ("7" * 10000, "0" * 10000, "1" + "0" * 9999, "0." + "0" * 9998, "-" + "9" * 9999,
              "1," * 5000):
        parse_case(s.encode())
    # invalid UTF-8 and stray bytes
    for raw in (b"\xff", b"1\xff", b"1\xe3\x80", b"\xc2\xa0" b"5", b"12\x00", b"\xef\xbc\x91\xef\xbc"):
        parse_case(raw)
    # fuzz: short strings over an alphabet of near-miss characters
    alphabet = list("0123456789") * 3 + [",", ",", ".", "-", "+", " ", "e", "x", "\uff11", "\uff0c",
                                         "\uff0e", "\u3000", "\uff0d", "%"]
    for _ in range(3000):
        s = "".join(r.choice(alphabet) for _ in range(r.randrange(0, 16)))
        parse_case(s.encode("utf-8"))

    return lines, parse_lines


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "tests/data/decimal_vectors.txt"
    lines, parse_lines = build()
    tally = {}
    for key, _ in lines + parse_lines:
        tally[key] = tally.get(key, 0) + 1
    header = [
        "# source: generated by tests/tools/gen_decimal_vectors.py (no corpus input)",
        "# jixiao Decimal golden vectors. Generated by tests/tools/gen_decimal_vectors.py",
        "# (seed 0x%X; oracle: Python decimal and fractions). Do not edit: regenerate." % SEED,
        "# Format: see the script. `!code` = the call must throw jixiao.decimal.<code>",
        "# (arithmetic) or reject with that diagnostic code, byte offset and column (parse).",
    ]
    header += ["# count %s %d" % (k, tally[k]) for k in sorted(tally)]
    data = ("\n".join(header) + "\n").encode()
    data += b"".join(l.encode() + b"\n" for _, l in lines)
    data += b"".join(l + b"\n" for _, l in parse_lines)
    with open(out_path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
