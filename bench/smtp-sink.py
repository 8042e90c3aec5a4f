#!/usr/bin/env python3
"""A minimal SMTP sink for the benchmarks: accepts every mail and appends one line per received message
to a file: its Message-ID and recipients, tab-separated. Usage: smtp-sink.py PORT FILE"""
import asyncio
import sys

PORT = int(sys.argv[1])
OUT = open(sys.argv[2], "a", buffering=1)


async def session(reader, writer):
    def reply(line):
        writer.write((line + "\r\n").encode())

    reply("220 bench-sink ESMTP")
    recipients = []
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            command = line.decode("latin-1").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                reply("250-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8" if verb == "EHLO" else "250 bench-sink")
            elif verb == "MAIL":
                recipients = []
                reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip())
                reply("250 OK")
            elif verb == "DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                message_id = ""
                in_headers = True
                while True:
                    data = await reader.readline()
                    if data in (b".\r\n", b".\n", b""):
                        break
                    if in_headers:
                        text = data.decode("latin-1").rstrip("\r\n")
                        if text == "":
                            in_headers = False
                        elif text.lower().startswith("message-id:"):
                            message_id = text.split(":", 1)[1].strip()
                OUT.write(message_id + "\t" + ",".join(recipients) + "\n")
                reply("250 OK queued")
            elif verb == "QUIT":
                reply("221 Bye")
                await writer.drain()
                break
            else:
                reply("250 OK")
            await writer.drain()
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
