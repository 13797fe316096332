"""Placeholder until this module is written (replaced by its owner)."""

from django.http import Http404


def interview_list(request, *args, **kwargs):
    raise Http404


def schedule(request, *args, **kwargs):
    raise Http404


def detail(request, *args, **kwargs):
    raise Http404


def reschedule(request, *args, **kwargs):
    raise Http404


def cancel(request, *args, **kwargs):
    raise Http404


def calendar_file(request, *args, **kwargs):
    raise Http404


def room_list(request, *args, **kwargs):
    raise Http404


def room_create(request, *args, **kwargs):
    raise Http404


def room_edit(request, *args, **kwargs):
    raise Http404


def policy_edit(request, *args, **kwargs):
    raise Http404
