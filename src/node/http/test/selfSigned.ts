/**
 * TEST ONLY: a self-signed certificate for "localhost", 127.0.0.1 and ::1 (EC P-256, valid until
 * 2126), with its private key, checked in because Node cannot create an X.509 certificate itself.
 * It guards nothing: the key is public. Made with
 * `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
 * -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1`.
 * It is a CA (basicConstraints CA:TRUE), so the same pair also serves as a client certificate
 * that a test server trusts through `ca`.
 */
export const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBrTCCAVSgAwIBAgIUBZcWYuPQiv4rP/iOqoUPSZ7pw08wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwNzExMzgxNVoYDzIxMjYxMTEz
MTEzODE1WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAS1WRF0fQuSf3+Y0CKpaxZLYX9kGs4UWa6QwWKx7F2JM01kbTvQR3hi
KOsVFoJidCaT4SVuKDvI9wA10pM5HG4eo4GBMH8wHQYDVR0OBBYEFLtuIQJm2ZTc
v2scBAJidGcgVg0nMB8GA1UdIwQYMBaAFLtuIQJm2ZTcv2scBAJidGcgVg0nMA8G
A1UdEwEB/wQFMAMBAf8wLAYDVR0RBCUwI4IJbG9jYWxob3N0hwR/AAABhxAAAAAA
AAAAAAAAAAAAAAABMAoGCCqGSM49BAMCA0cAMEQCICxrgq4/U7G7/Ftk6ljaC9gz
kjmvbbBlPV0R47yMJULLAiAQM9g+CyaP2mM/15HV/Stt8Kxljd8Mo0QfeREFJ8mS
xw==
-----END CERTIFICATE-----
`;

export const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgZ51I9WXyBr3YZ+N3
b+Yf1XIvXKdt9+L0UWJOIuKdbZmhRANCAAS1WRF0fQuSf3+Y0CKpaxZLYX9kGs4U
Wa6QwWKx7F2JM01kbTvQR3hiKOsVFoJidCaT4SVuKDvI9wA10pM5HG4e
-----END PRIVATE KEY-----
`;
