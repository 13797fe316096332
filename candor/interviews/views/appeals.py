"""Placeholder until this module is written (replaced by its owner)."""

from django.http import Http404


def appeal_new(request, *args, **kwargs):
    raise Http404


def appeal_list(request, *args, **kwargs):
    raise Http404


def appeal_detail(request, *args, **kwargs):
    raise Http404


def appeal_rule(request, *args, **kwargs):
    raise Http404
