"""Configuration from the environment (and a `.env` file).

The variable names are an interface operators, the Compose file and the docs share (the README
lists them): rename one only with all three.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    # An empty value (`TELEGRAM_BOT_TOKEN=` as in .env.example) means "not set", not "set to ''".
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    database_url: str = Field("sqlite:///./dogcoach.db", alias="DATABASE_URL")
    database_pool_size: int = Field(5, alias="DATABASE_POOL_SIZE")
    database_prepared_statements: str = Field("auto", alias="DATABASE_PREPARED_STATEMENTS")
    default_locale: str = Field("ko", alias="DOGCOACH_DEFAULT_LOCALE")
    log_level: str = Field("INFO", alias="DOGCOACH_LOG_LEVEL")

    # One Ollama server, or several separated by commas (each analysis goes to the least busy).
    ollama_host: str = Field("http://localhost:11434", alias="OLLAMA_HOST")
    ollama_model: str = Field("qwen2.5:1.5b", alias="OLLAMA_MODEL")
    # How long Ollama keeps the model loaded after a request: a duration ("30m") or seconds; a
    # negative value keeps it resident, so a report never pays a model reload.
    ollama_keep_alive: str = Field("-1", alias="DOGCOACH_OLLAMA_KEEP_ALIVE")
    ollama_num_ctx: int = Field(2048, ge=256, alias="DOGCOACH_OLLAMA_NUM_CTX")
    ollama_num_predict: int = Field(512, ge=64, alias="DOGCOACH_OLLAMA_NUM_PREDICT")
    ollama_timeout: float = Field(120.0, gt=0, alias="DOGCOACH_OLLAMA_TIMEOUT")
    ollama_pull: bool = Field(True, alias="DOGCOACH_OLLAMA_PULL")
    analysis_concurrency: int = Field(1, ge=1, le=16, alias="DOGCOACH_ANALYSIS_CONCURRENCY")
    # Analyses at once on each Ollama host (match its OLLAMA_NUM_PARALLEL); unset: the value of
    # DOGCOACH_ANALYSIS_CONCURRENCY, so one host is configured as before.
    ollama_parallel: int | None = Field(None, ge=1, le=16, alias="DOGCOACH_OLLAMA_PARALLEL")
    analysis_retry_max: float = Field(300.0, gt=0, alias="DOGCOACH_ANALYSIS_RETRY_MAX")
    # One owner's reports in the analysis line at once; more are saved and join as theirs finish.
    analysis_owner_cap: int = Field(3, ge=1, le=1000, alias="DOGCOACH_ANALYSIS_OWNER_CAP")
    # Seconds one analysis is assumed to take until one was measured (the acknowledgement's wait
    # estimate on a fresh start); qwen2.5:1.5b on a 2-vCPU box takes about 20-25 s.
    analysis_assumed_seconds: float = Field(25.0, gt=0, le=3600, alias="DOGCOACH_ANALYSIS_ASSUMED_SECONDS")
    # Several replicas on one PostgreSQL (docs/deploy.md): how long a process holds a report (its
    # analysis, then its push) without renewing (renewed every third), i.e. how soon another process
    # takes over the reports of one that died; and the same for the schedules (daily tip, broadcast
    # resumption, check-ins), which run in one process at a time.
    analysis_lease_seconds: float = Field(60.0, ge=1, le=3600, alias="DOGCOACH_ANALYSIS_LEASE_SECONDS")
    schedule_lease_seconds: float = Field(30.0, ge=1, le=3600, alias="DOGCOACH_SCHEDULE_LEASE_SECONDS")
    timezone: str = Field("Asia/Seoul", alias="DOGCOACH_TIMEZONE")

    @property
    def ollama_keep_alive_value(self) -> str | float:
        """`keep_alive` as Ollama takes it: a number of seconds, or a duration string."""
        try:
            seconds = float(self.ollama_keep_alive)
        except ValueError:
            return self.ollama_keep_alive.strip()
        return int(seconds) if seconds.is_integer() else seconds

    telegram_bot_token: SecretStr | None = Field(None, alias="TELEGRAM_BOT_TOKEN")
    telegram_webhook_secret: SecretStr | None = Field(None, alias="TELEGRAM_WEBHOOK_SECRET")
    telegram_api_base_url: str = Field("https://api.telegram.org", alias="TELEGRAM_API_BASE_URL")
    public_base_url: str | None = Field(None, alias="PUBLIC_BASE_URL")

    kakao_skill_secret: SecretStr | None = Field(None, alias="KAKAO_SKILL_SECRET")
    kakao_skill_secret_header: str = Field("X-DogCoach-Secret", alias="KAKAO_SKILL_SECRET_HEADER")
    kakao_callback_hosts: str = Field("kakao.com", alias="KAKAO_CALLBACK_HOSTS")
    kakao_rest_api_key: SecretStr | None = Field(None, alias="KAKAO_REST_API_KEY")
    kakao_bot_id: str | None = Field(None, alias="KAKAO_BOT_ID")
    kakao_event_name: str | None = Field(None, alias="KAKAO_EVENT_NAME")
    # Test-only: lets the callback go to an http URL (any port) on an allowed host such as 127.0.0.1.
    kakao_callback_allow_http: bool = Field(False, alias="KAKAO_CALLBACK_ALLOW_HTTP")
    # Kakao waits 5 s: how long a report turn without callback waits for the analysis, and the
    # hard limit on any skill answer (measured at the server) before a fallback is sent instead.
    kakao_sync_budget_seconds: float = Field(3.5, ge=0, alias="KAKAO_SYNC_BUDGET_SECONDS")
    kakao_response_deadline_seconds: float = Field(4.2, gt=0, le=4.5, alias="KAKAO_RESPONSE_DEADLINE_SECONDS")
    # With a callback URL, a turn not answered after this many seconds (a /week chart on a busy box)
    # answers `useCallback` and its answer is POSTed to the callback when ready (stop 60).
    kakao_callback_after_seconds: float = Field(3.0, gt=0, le=4.5, alias="KAKAO_CALLBACK_AFTER_SECONDS")
    # A callback URL is valid about a minute: after this many seconds without a result, the callback
    # carries "still working" and the result waits for the user's next message.
    kakao_callback_wait_seconds: float = Field(45.0, gt=0, le=50, alias="KAKAO_CALLBACK_WAIT_SECONDS")
    # How long reading one message (the understanding, off the event loop) may take before the
    # owner is asked to say it shorter and the event logged (stop 58: one message took 20+ minutes).
    understanding_budget_seconds: float = Field(8.0, gt=0, alias="UNDERSTANDING_BUDGET_SECONDS")

    admin_telegram_ids: Annotated[frozenset[int], NoDecode] = Field(frozenset(), alias="ADMIN_TELEGRAM_IDS")
    admin_api_token: SecretStr | None = Field(None, alias="ADMIN_API_TOKEN")

    # Broadcasts (docs/broadcasts.md). Telegram allows about 30 messages/s in bulk; 25 leaves room
    # for the bot's ordinary replies, which share the same limit.
    broadcast_rate_per_second: float = Field(25.0, gt=0, le=10000, alias="BROADCAST_RATE_PER_SECOND")
    broadcast_concurrency: int = Field(8, ge=1, le=100, alias="BROADCAST_CONCURRENCY")
    broadcast_max_attempts: int = Field(5, ge=1, le=20, alias="BROADCAST_MAX_ATTEMPTS")
    broadcast_retry_base_seconds: float = Field(1.0, ge=0, alias="BROADCAST_RETRY_BASE_SECONDS")
    kakao_bot_api_base_url: str = Field("https://bot-api.kakao.com", alias="KAKAO_BOT_API_BASE_URL")
    kakao_task_poll_seconds: float = Field(2.0, gt=0, alias="KAKAO_TASK_POLL_SECONDS")
    kakao_task_timeout_seconds: float = Field(60.0, gt=0, alias="KAKAO_TASK_TIMEOUT_SECONDS")
    daily_tip_enabled: bool = Field(False, alias="DAILY_TIP_ENABLED")
    daily_tip_time: dt.time = Field(dt.time(9, 0), alias="DAILY_TIP_TIME")
    daily_tip_timezone: str = Field("Asia/Seoul", alias="DAILY_TIP_TIMEZONE")
    # The coaching loop: days from a plan's start to its check-in (issue 13: three), the local
    # hours no check-in is pushed in ("21:00-09:00"; equal ends: none), how often the server looks
    # for due check-ins, and how long a claimed check-in may stay unsettled before it counts as
    # interrupted (sent, outcome unknown).
    checkin_after_days: float = Field(3.0, gt=0, le=60, alias="DOGCOACH_CHECKIN_AFTER_DAYS")
    quiet_hours: str = Field("21:00-09:00", alias="DOGCOACH_QUIET_HOURS")
    checkin_poll_seconds: float = Field(60.0, gt=0, le=3600, alias="DOGCOACH_CHECKIN_POLL_SECONDS")
    checkin_lease_seconds: float = Field(120.0, ge=5, le=3600, alias="DOGCOACH_CHECKIN_LEASE_SECONDS")

    @field_validator("ollama_host")
    @classmethod
    def _some_host(cls, value: str) -> str:
        if not any(part.strip() for part in value.split(",")):
            raise ValueError("OLLAMA_HOST names no Ollama server")
        return value

    @property
    def ollama_parallel_value(self) -> int:
        """Analyses at once per Ollama host (`DOGCOACH_OLLAMA_PARALLEL`, else the concurrency)."""
        return self.ollama_parallel or self.analysis_concurrency

    @field_validator("daily_tip_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        ZoneInfo(value)  # raises for an unknown zone, at startup rather than at 09:00
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        quiet_hours_of(value)  # raises for "9pm to 9am", at startup rather than at the first check-in
        return value

    @property
    def quiet_hours_value(self) -> tuple[dt.time, dt.time]:
        return quiet_hours_of(self.quiet_hours)

    @field_validator("admin_telegram_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        return value


def quiet_hours_of(value: str) -> tuple[dt.time, dt.time]:
    """ "21:00-09:00" → (21:00, 09:00). Raises ValueError for anything else."""
    start, sep, end = value.replace(" ", "").partition("-")
    if not sep:
        raise ValueError("quiet hours look like 21:00-09:00")
    return dt.time.fromisoformat(start), dt.time.fromisoformat(end)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
