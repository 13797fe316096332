"""Account state changes."""

from __future__ import annotations

from django.db import transaction

from candor.accounts.models import ApiToken, User
from candor.core.audit import audit
from candor.core.errors import DomainError


@transaction.atomic
def set_language(*, user: User, language: str) -> User:
    """Remember the interface language for the user (every device, every later login)."""
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return user


@transaction.atomic
def create_api_token(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Create a token and return it with its raw value, which is never stored nor shown again."""
    from django.utils.translation import gettext as _

    name = name.strip()
    if not name:
        raise DomainError(_("请为令牌起一个名称。"))
    raw = ApiToken.generate_raw()
    from candor.accounts.models import hash_token

    token = ApiToken.objects.create(user=user, name=name[:80], token_hash=hash_token(raw),
                                    hint=raw[:10])
    audit(actor=user, event="api_token.created", target=token, data={"name": token.name})
    return token, raw


@transaction.atomic
def revoke_api_token(*, token: ApiToken, actor: User) -> ApiToken:
    from django.utils import timezone

    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit(actor=actor, event="api_token.revoked", target=token)
    return token
