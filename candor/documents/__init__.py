"""Word / PDF / Excel in and out, shared by every app that exchanges files with HR.

A plain package, not a Django app: no models, no templates of its own (the import
problem table is the project-level partial partials/_import_errors.html).

- excel_read: reading an uploaded workbook into rows, and the problems found in it
- excel_write: the house style of downloadable templates, and the download response
- excel_upload: the upload form and the upload → import → report page flow
"""
