"""A resume, end to end: upload, events through the broker, polling, and one email."""

from __future__ import annotations

import time

import pytest

from worth.devstack.stack import WorthStack

from .conftest import CORPUS, Visitor, mail_to, unique_address, wait_for_mail

CASES = [
    # file, a skill the analysis must find, the market it must be priced in
    ("ru_utf8.txt", "Python", "RUB"),
    ("ru_resume.pdf", "Go", "RUB"),
    ("en_resume.docx", "Apache Spark", "USD"),
    ("en_resume.pdf", "Apache Spark", "USD"),
    ("ru_resume.doc", "Python", "RUB"),
]


@pytest.mark.parametrize(("name", "skill", "currency"), CASES)
def test_upload_to_completed_analysis_and_one_email(
    stack: WorthStack, visitor: Visitor, name: str, skill: str, currency: str
) -> None:
    address = unique_address()
    visitor.subscribe(address)

    accepted = visitor.upload(CORPUS / name)
    assert accepted.status_code == 202, accepted.text
    body = accepted.json()
    assert body["status_url"] == f"/api/v1/analysis/{body['resume_id']}"

    state = visitor.wait(body["resume_id"])
    assert state["status"] == "completed", state
    result = state["result"]
    assert result["role"] and result["grade"] in {
        "intern",
        "junior",
        "middle",
        "senior",
        "lead",
        "principal",
    }
    assert result["years_experience"] > 0
    assert skill in result["skills"]
    salary = result["salary"]
    assert salary["currency"] == currency
    assert salary["period"] in {"month", "year"} and salary["basis"] in {"net", "gross"}
    assert 0 < salary["low"] <= salary["median"] <= salary["high"]
    assert result["market"]["source"] and result["market"]["segment"]
    assert result["recommendations"], "an analysis always says what would raise the salary"

    messages = wait_for_mail(stack, address)
    time.sleep(1.0)  # a second email would come from a redelivery within this window
    messages = mail_to(stack, address)
    assert len(messages) == 1
    text = messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert body["resume_id"] in text
    assert f"{round(salary['median']):,}".replace(",", " ") in text


def test_states_are_reported_in_order(visitor: Visitor) -> None:
    accepted = visitor.upload(CORPUS / "ru_cp1251.txt").json()
    seen: list[str] = []
    deadline = time.monotonic() + 60
    while not seen or seen[-1] not in ("completed", "failed"):
        assert time.monotonic() < deadline
        status = visitor.poll(accepted["resume_id"]).json()["status"]
        if not seen or seen[-1] != status:
            seen.append(status)
    order = ["uploaded", "parsed", "analyzing", "completed"]
    assert seen[-1] == "completed"
    assert [order.index(s) for s in seen] == sorted(order.index(s) for s in seen)


def test_same_file_twice_is_one_resume_for_its_owner_but_not_for_another(
    stack: WorthStack, visitor: Visitor
) -> None:
    first = visitor.upload(CORPUS / "ru_koi8r.txt").json()
    again = visitor.upload(CORPUS / "ru_koi8r.txt", name="renamed.txt").json()
    assert again["resume_id"] == first["resume_id"] and again["duplicate"] is True

    other = Visitor(stack.gateway_url)
    theirs = other.upload(CORPUS / "ru_koi8r.txt").json()
    assert theirs["resume_id"] != first["resume_id"] and theirs["duplicate"] is False
    assert other.wait(theirs["resume_id"])["status"] == "completed"


def test_unreadable_document_fails_with_a_reason(visitor: Visitor) -> None:
    accepted = visitor.upload(CORPUS / "scanned.pdf")
    assert accepted.status_code == 202
    state = visitor.wait(accepted.json()["resume_id"])
    assert state == {
        "resume_id": accepted.json()["resume_id"],
        "status": "failed",
        "error": "no_text_layer",
    }
