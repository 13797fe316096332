"""Placeholder until this module is written (replaced by its owner)."""

from django.http import Http404


def record(request, *args, **kwargs):
    raise Http404


def record_edit(request, *args, **kwargs):
    raise Http404


def section(request, *args, **kwargs):
    raise Http404


def record_submit(request, *args, **kwargs):
    raise Http404


def correction_new(request, *args, **kwargs):
    raise Http404


def correction_answer(request, *args, **kwargs):
    raise Http404


def record_sign(request, *args, **kwargs):
    raise Http404


def addendum_new(request, *args, **kwargs):
    raise Http404
