"""A form renderer that writes <select> menus and <input> fields in Python, for the chronology's filter form.

Django renders every <option> through two included templates: the counterparty menu's hundred options
cost more than the rest of the page around them, and each text or number field is three nested templates
(a third of a search page's render with its cards cached). The HTML written here is the one Django's own
templates write (same attributes, same escaping) without their blank lines, so nothing on the page changes
but its cost.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape, escape

SELECT_TEMPLATE = "django/forms/widgets/select.html"
# Widgets whose template is input.html alone (each includes it, then attrs.html).
INPUT_TEMPLATES = frozenset(f"django/forms/widgets/{name}.html" for name in ("text", "number", "search", "input"))


def _attrs(attrs: dict) -> str:
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {escape(name)}" if value is True else f' {escape(name)}="{escape(str(value))}"')
    return "".join(parts)


def _option(option: dict) -> str:
    return f'<option value="{escape(str(option["value"]))}"{_attrs(option["attrs"])}>{conditional_escape(option["label"])}</option>'


def select_html(widget: dict) -> str:
    lines = [f'<select name="{escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            lines.append(f'\n  <optgroup label="{escape(group_name)}">')
        lines.extend(f"\n  {_option(option)}" for option in options)
        if group_name:
            lines.append("\n  </optgroup>")
    lines.append("\n</select>")
    return "".join(lines)


def input_html(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{escape(str(widget["value"]))}"'
    return f'<input type="{escape(widget["type"])}" name="{escape(widget["name"])}"{value}{_attrs(widget["attrs"])}>'


class FastSelectRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name == SELECT_TEMPLATE:
            return select_html(context["widget"])
        if template_name in INPUT_TEMPLATES:
            return input_html(context["widget"])
        return super().render(template_name, context, request=request)


# One instance: a renderer builds its template engine once.
FAST_SELECT_RENDERER = FastSelectRenderer()
