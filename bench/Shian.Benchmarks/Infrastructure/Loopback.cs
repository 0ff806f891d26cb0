using System.Net;
using System.Net.Sockets;

namespace Shian.Benchmarks.Infrastructure;

/// <summary>Every server in these benchmarks listens on 127.0.0.1 only.</summary>
internal static class Loopback
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string Url(int port) => $"http://127.0.0.1:{port}";
}
