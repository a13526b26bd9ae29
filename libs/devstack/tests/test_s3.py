from pathlib import Path

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError

from worth.devstack.s3 import S3Server


def listening_ports(pid: int) -> set[tuple[str, int]]:
    """(address, port) of every TCP socket `pid` listens on, from /proc."""
    inodes = set()
    for link in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = link.readlink().name
        except FileNotFoundError:  # closed while we looked: the server opens and closes fds
            continue
        if target.startswith("socket:"):
            inodes.add(target[len("socket:[") : -1])
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                address, port = fields[1].split(":")
                found.add((address, int(port, 16)))
    return found


def test_s3_round_trip_with_only_our_credentials(tmp_path: Path) -> None:
    with S3Server(tmp_path, buckets=("worth-bucket",)) as server:
        client = server.client()
        client.put_object(Bucket="worth-bucket", Key="a/ключ", Body="привет".encode())
        body = client.get_object(Bucket="worth-bucket", Key="a/ключ")["Body"].read()
        assert body.decode() == "привет"
        client.delete_object(Bucket="worth-bucket", Key="a/ключ")
        with pytest.raises(ClientError, match="NoSuchKey"):
            client.get_object(Bucket="worth-bucket", Key="a/ключ")

        server.secret_key = "wrong"
        with pytest.raises(ClientError):
            server.client().list_buckets()

        assert server._proc is not None
        ports = listening_ports(server._proc.pid)
        assert ports, "weed listens somewhere"
        assert {address for address, _ in ports} == {"0100007F"}  # 127.0.0.1 only
    with pytest.raises(EndpointConnectionError):
        client.list_buckets()


def test_two_servers_run_side_by_side(tmp_path: Path) -> None:
    with S3Server(tmp_path / "one") as one, S3Server(tmp_path / "two") as two:
        one.client().put_object(Bucket="worth-test", Key="k", Body=b"one")
        with pytest.raises(ClientError, match="NoSuchKey"):
            two.client().get_object(Bucket="worth-test", Key="k")
