"""XLSForm workbooks get the package's guards: far cells, zip bombs, devices, entity bombs."""

from __future__ import annotations

import os
import re
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from forms.errors import FormError
from forms.xlsform.load import load_form


@pytest.fixture
def form(tmp_path) -> Path:
    workbook = Workbook()
    survey = workbook.active
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    survey.append(["text", "name", "Name"])
    workbook.save(tmp_path / "form.xlsx")
    return tmp_path / "form.xlsx"


def rewrite(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
        if extra := change("", b""):
            new.writestr("xl/extra.xml", extra)
    return target


def refused(path: Path, code: str) -> FormError:
    started = time.process_time()
    with pytest.raises(FormError) as error:
        load_form(path)
    assert time.process_time() - started < 5
    assert error.value.code == code, error.value.message
    return error.value


def test_the_plain_form_loads(form):
    assert load_form(form).id


def test_a_far_cell_in_a_form_is_refused_before_openpyxl_sees_it(form, tmp_path):
    def change(name, data):
        if name == "xl/worksheets/sheet1.xml":
            return re.sub(rb'<c r="C2"', b'<c r="XFD1048576"', data)
        return data

    refused(rewrite(form, tmp_path / "far.xlsx", change), "form-sheet-too-large")


def test_a_zip_bombed_form_is_refused(form, tmp_path):
    def change(name, data):
        return b"<x>" + b" " * (8 * 1024**2) + b"</x>" if name == "" else data

    refused(rewrite(form, tmp_path / "bomb.xlsx", change), "form-zip-bomb")


def test_an_entity_bomb_in_a_form_is_refused(form, tmp_path):
    def change(name, data):
        if name == "xl/workbook.xml":
            return b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]>' + data.split(b"?>", 1)[-1]
        return data

    refused(rewrite(form, tmp_path / "entities.xlsx", change), "form-xml-bomb")


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_named_like_a_form_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.xlsx")
    refused(tmp_path / "pipe.xlsx", "form-not-a-file")
