"""Published pay tables the analysis engine prices a resume against, and their loader."""

from worth.analysis.market.categories import GRADES, MARKET_ROLES, MARKETS
from worth.analysis.market.loader import (
    LanguageRow,
    MarketDataError,
    MarketTables,
    PayRow,
    Provenance,
    load_market,
    load_market_from,
    period_key,
)

__all__ = [
    "GRADES",
    "MARKETS",
    "MARKET_ROLES",
    "LanguageRow",
    "MarketDataError",
    "MarketTables",
    "PayRow",
    "Provenance",
    "load_market",
    "load_market_from",
    "period_key",
]
