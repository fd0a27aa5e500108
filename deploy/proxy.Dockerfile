# The reverse proxy, with its configuration built in (no file from the machine that runs compose is mounted).
# nginx 1.27.3 or newer: "resolve" on upstream servers is in the open-source build from that version on.
FROM nginx:1.28-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
