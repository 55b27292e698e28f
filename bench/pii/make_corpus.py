#!/usr/bin/env python3
"""Writes a synthetic Chinese JSONL corpus for bench/pii: contract-like sentences with numbers,
dates and amounts, and personal data (IDs with valid check digits, Luhn-valid cards, mobiles,
landlines, e-mail, names after context words) in about 5 % of the documents. Seeded."""
import json, random, sys

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def resident_id(rng):
    body = f"{rng.choice([11,31,44,51,61])}{rng.randint(1000,9999)}{rng.randint(1950,2005)}{rng.randint(1,12):02d}{rng.randint(1,28):02d}{rng.randint(0,999):03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]

def card(rng):
    digits = [6, 2] + [rng.randint(0, 9) for _ in range(13)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)

FILLER = ["本合同自双方签字之日起生效，有效期为{}年。", "甲方应于{}日内支付合同总价的百分之{}。",
          "订单号{}已于2023-12-{:02d}发货，运费{}元。", "乙方保证所提供的资料真实、准确、完整。",
          "如发生争议，双方应友好协商解决；协商不成的，提交仲裁委员会仲裁。", "库存{}件，单价{}元，合计{}元。"]

def filler(rng):
    t = rng.choice(FILLER)
    return t.format(*[rng.randint(1, 99999999) for _ in range(t.count("{}") + t.count("{:02d}"))])

def pii(rng):
    return rng.choice([
        lambda: f"联系人：{rng.choice('王李张刘陈')}{rng.choice('伟芳娜敏静')}，手机 1{rng.choice('3589')}{rng.randint(0,9)}{rng.randint(10000000,99999999)}。",
        lambda: f"身份证号码 {resident_id(rng)}。",
        lambda: f"开户行账号 {card(rng)}。",
        lambda: f"联系电话 0{rng.choice(['10','21','755'])}-{rng.randint(20000000,89999999)}，邮箱 user{rng.randint(1,999)}@example.com。",
    ])()

def main():
    size_mb, out = float(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < size_mb * 1e6:
            text = "".join(filler(rng) for _ in range(rng.randint(3, 12)))
            if rng.random() < 0.05:
                text += pii(rng)
            line = json.dumps({"text": text}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode())

main()
