# DogCoach webhook server. Multi-stage: the build stage makes a virtualenv from wheels (every
# dependency ships wheels for amd64 and arm64, so no compiler is needed); the final stage copies
# only that virtualenv onto a slim Python and runs as an unprivileged user.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY dogcoach ./dogcoach
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    DATABASE_URL=sqlite:////data/dogcoach.db
# A Hangul font so the /week chart is labelled in Korean for Korean users. Debian's package
# versions move with point releases, so the version is not pinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-nanum \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 dogcoach \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --create-home dogcoach \
    && mkdir /data && chown dogcoach:dogcoach /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["dogcoach", "serve", "--host", "0.0.0.0", "--port", "8000"]
