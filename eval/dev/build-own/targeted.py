"""Builds the two small targeted dev files (t01, t02) from the known look-alikes and misses.

Run: python3 eval/dev/build-own/targeted.py  (writes eval/dev/t01-*.json, t02-*.json and their truth files)
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..')
SOLID_BLUE = [{"type": "SOLID", "color": {"r": 0.1, "g": 0.35, "b": 0.95, "a": 1}}]
SOLID_GREY = [{"type": "SOLID", "color": {"r": 0.95, "g": 0.95, "b": 0.95, "a": 1}}]
BLACK = [{"type": "SOLID", "color": {"r": 0.1, "g": 0.1, "b": 0.1, "a": 1}}]


class File:
    def __init__(self, page):
        self.n = 0
        self.frames = []
        self.page = page

    def id(self):
        self.n += 1
        return f"{self.page}:{self.n}"

    def frame(self, name, x):
        f = {"id": self.id(), "name": name, "type": "FRAME", "absoluteBoundingBox": {"x": x, "y": 0, "width": 390, "height": 844},
             "fills": [{"type": "SOLID", "color": {"r": 1, "g": 1, "b": 1, "a": 1}}], "children": []}
        self.frames.append(f)
        f["_y"] = 40
        return f

    def _box(self, f, x, y, w, h):
        return {"x": f["absoluteBoundingBox"]["x"] + x, "y": y, "width": w, "height": h}

    def text(self, f, chars, x=24, y=None, w=342, h=20, fills=BLACK, size=16, parent=None, underline=False):
        y = f["_y"] if y is None else y
        f["_y"] = max(f["_y"], y + h + 16)
        node = {"id": self.id(), "name": chars[:40], "type": "TEXT", "characters": chars, "absoluteBoundingBox": self._box(f, x, y, w, h),
                "fills": fills, "style": {"fontSize": size, **({"textDecoration": "UNDERLINE"} if underline else {})}}
        (parent or f)["children"].append(node)
        return node

    def shape(self, f, kind, x, y, w, h, fills, name=None, parent=None):
        node = {"id": self.id(), "name": name or kind.title(), "type": kind, "absoluteBoundingBox": self._box(f, x, y, w, h), "fills": fills}
        (parent or f)["children"].append(node)
        return node

    def button(self, f, label, fills=SOLID_BLUE, y=None, kind="VECTOR"):
        """A label over a vector shape inside an auto-named group: no layer says "button"."""
        y = f["_y"] if y is None else y
        f["_y"] = y + 64
        group = {"id": self.id(), "name": f"Group {self.n}", "type": "GROUP", "absoluteBoundingBox": self._box(f, 24, y, 342, 48), "children": []}
        f["children"].append(group)
        self.shape(f, kind, 24, y, 342, 48, fills, name="Vector", parent=group)
        lw = 8 * len(label)
        self.text(f, label, x=24 + 171 - lw // 2, y=y + 14, w=lw, h=20, fills=BLACK if fills is SOLID_GREY else [{"type": "SOLID", "color": {"r": 1, "g": 1, "b": 1, "a": 1}}], parent=group)
        return group

    def link(self, source, frame):
        source["interactions"] = [{"trigger": {"type": "ON_CLICK"}, "actions": [{"type": "NODE", "destinationId": frame["id"], "navigation": "NAVIGATE"}]}]

    def save(self, name, start):
        for f in self.frames:
            f.pop("_y", None)
        doc = {"name": name, "document": {"id": "0:0", "name": "Document", "type": "DOCUMENT", "children": [
            {"id": f"{self.page}:0", "name": "Flow", "type": "CANVAS", "children": self.frames,
             "flowStartingPoints": [{"nodeId": start["id"], "name": "Flow 1"}]}]},
            "components": {}, "componentSets": {}, "schemaVersion": 0}
        with open(os.path.join(OUT, f"{name}.json"), "w") as out:
            json.dump(doc, out, indent=1, ensure_ascii=False)


def t01():
    """A ride-hailing app: no business connection, every look-alike from the known false positives."""
    f = File("41")
    home = f.frame("Home", 0)
    f.text(home, "Rider Connect", size=20)
    f.shape(home, "INSTANCE", 340, 20, 20, 20, [], name="versionSpinner")
    f.text(home, "Where to?")
    f.text(home, "“Midnight at the Harbour” — tonight's featured artwork on your route")
    f.text(home, "Courier note: “Leave it with the doorman, please”")
    paywall = f.frame("Rider Plus", 500)
    f.text(paywall, "Ride more, pay less with Rider Plus")
    f.text(paywall, "You can cancel your subscription at any time.")
    f.button(paywall, "Start free trial")
    skip = f.text(paywall, "Skip", fills=SOLID_BLUE, w=40)
    f.link(f.button(home, "Book a ride"), paywall)
    receipts = f.frame("Expense a receipt", 1000)
    f.text(receipts, "Snap your receipt")
    f.button(receipts, "Upload")
    f.text(receipts, "Enter manually", fills=SOLID_BLUE, w=120)
    f.link(skip, receipts)
    account = f.frame("Account", 1500)
    f.text(account, "Support & Help Center", fills=SOLID_BLUE, w=180)
    f.text(account, "Payment methods")
    f.button(account, "Link PayPal as a payment method", fills=SOLID_GREY)
    f.text(account, "Delete account", fills=[{"type": "SOLID", "color": {"r": 0.9, "g": 0.1, "b": 0.1, "a": 1}}], w=120)
    f.button(account, "Connect with your driver", fills=SOLID_GREY)
    f.save("t01-negative-lookalikes", home)
    absent = ["funnel.greeting-email", "funnel.three-actions", "funnel.cta-visible", "funnel.social-proof", "funnel.prefill",
              "value.three-part", "value.contextual-ctas", "value.faq-link", "value.progress-meter",
              "privacy.data-scope", "privacy.trust-language", "privacy.consent-action", "privacy.disconnect-anytime",
              "privacy.connection-guide", "privacy.statistics", "privacy.support-contacts", "privacy.powered-by", "privacy.mutual-nda",
              "platform.explain-redirect", "platform.grouped-categories", "platform.accurate-branding", "platform.search",
              "platform.alternatives", "platform.non-linear", "platform.multiple-connections",
              "connection.view-live", "connection.delete", "connection.refresh", "connection.syncing-indicator"]
    return {"file": "t01-negative-lookalikes.json", "kind": "negative",
            "writtenBy": "engine maintainer (eval/dev/build-own/targeted.py), from the known false positives",
            "description": "A ride-hailing app named Rider Connect: quoted artwork title and courier note, a versionSpinner layer, a paywall Skip and cancel-any-time line, receipt Upload / Enter manually, Support & Help Center, Delete account, linking PayPal as a payment method, connecting with a driver.",
            "present": [], "absent": absent, "notes": {"funnel.cta-visible": "No connect prompt about the rider's software or accounts."},
            "flow": {"startFrameId": home["id"], "connectFrameId": None, "stepsToConnect": None, "deadEnds": []}}


def t02():
    """A health-data onboarding drawn without named buttons: the known misses."""
    f = File("42")
    welcome = f.frame("Welcome", 0)
    f.text(welcome, "1 Tell us about your practice 2 Connect Apple Health 3 Get your care plan", h=60)
    connect = f.frame("Apple Health", 500)
    f.shape(connect, "RECTANGLE", 24, 40, 48, 48, [{"type": "IMAGE", "imageRef": "x", "scaleMode": "FILL"}], name="Rectangle 3")
    f.text(connect, "Connect with Apple Health", x=84, y=52, size=24)
    f._ = None
    connect["_y"] = 120
    f.text(connect, "We read your steps and heart rate from Apple Health to tailor your plan. We never write to it.", h=40)
    f.button(connect, "Connect")
    f.text(connect, "Later", fills=SOLID_BLUE, w=60)
    f.text(connect, "Not the right person? Invite a colleague · Save and finish later", fills=SOLID_BLUE)
    f.link(f.button(welcome, "Get started"), connect)
    books = f.frame("Your books", 1000)
    f.text(books, "Link your books", size=24)
    f.shape(books, "RECTANGLE", 24, 100, 40, 40, [{"type": "IMAGE", "imageRef": "y", "scaleMode": "FILL"}], name="Rectangle 7")
    f.text(books, "Kashbook", x=76, y=110, w=120)
    f.text(books, "Last synced 2 hours ago", x=200, y=110, w=150)
    f.shape(books, "RECTANGLE", 24, 164, 40, 40, [{"type": "IMAGE", "imageRef": "z", "scaleMode": "FILL"}], name="Rectangle 8")
    f.text(books, "Ledgerly", x=76, y=174, w=120)
    f.text(books, "Unlink", x=300, y=174, w=60, fills=SOLID_BLUE)
    f.link(f.button(connect, "Continue", kind="RECTANGLE"), books)
    f.save("t02-unnamed-controls", welcome)
    return {"file": "t02-unnamed-controls.json", "kind": "onboarding",
            "writtenBy": "engine maintainer (eval/dev/build-own/targeted.py), from the known misses",
            "description": "A health-data onboarding with no layer named button and no prototype link on the connect button: numbered steps in one text, 'Connect with Apple Health' with Connect and Later drawn over vector shapes, joined invite / save-later links, a 'Link your books' list of platforms the lexicon does not know, with logos, a last-synced line and 'Unlink'.",
            "present": ["funnel.cta-visible", "funnel.three-actions", "platform.non-linear", "privacy.data-scope", "connection.view-live", "connection.delete"],
            "absent": ["privacy.consent-action", "privacy.powered-by", "privacy.mutual-nda", "platform.search", "connection.refresh"],
            "notes": {"funnel.three-actions": "Welcome → Apple Health: 1 step."},
            "flow": {"startFrameId": welcome["id"], "connectFrameId": connect["id"], "stepsToConnect": 1, "deadEnds": []}}


for truth in (t01(), t02()):
    with open(os.path.join(OUT, truth["file"].replace(".json", ".truth.json")), "w") as out:
        json.dump(truth, out, indent=2, ensure_ascii=False)
        out.write("\n")
