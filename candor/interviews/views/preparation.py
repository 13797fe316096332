"""Placeholder until this module is written (replaced by its owner)."""

from django.http import Http404


def self_assessment(request, *args, **kwargs):
    raise Http404


def prepare(request, *args, **kwargs):
    raise Http404


def conversation(request, *args, **kwargs):
    raise Http404


def conversation_start(request, *args, **kwargs):
    raise Http404


def conversation_end(request, *args, **kwargs):
    raise Http404
