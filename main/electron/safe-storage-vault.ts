// The desktop app's hub token, encrypted by the operating system (Electron's safeStorage: the
// Keychain on macOS, DPAPI on Windows, the secret service on Linux) and kept as ciphertext in the
// person's secrets folder. Where the system offers no encryption (a Linux session without a keyring)
// it falls back to the owner-only file the command line uses, and says so through `kind`.
import type { SafeStorage } from 'electron';
import { ownerOnlyFileVault, readSecretFile, removeSecretFile, type TokenVault, writeSecretFile } from '../services/sync/token-vault';

const ENCRYPTED_FILE = 'hub-token.enc';

export function safeStorageVault(dataDir: string, safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>): TokenVault {
  if (!safeStorage.isEncryptionAvailable()) return ownerOnlyFileVault(dataDir);
  const plain = ownerOnlyFileVault(dataDir);
  return {
    kind: 'os-encrypted',
    read() {
      const sealed = readSecretFile(dataDir, ENCRYPTED_FILE);
      if (sealed) {
        try {
          return safeStorage.decryptString(sealed) || null;
        } catch {
          // Sealed under another account or machine (a copied data folder): as good as no token.
          return null;
        }
      }
      // A token the command line saved in this folder: sealed now, the plain copy removed.
      const fromFile = plain.read();
      if (fromFile) this.write(fromFile);
      return fromFile;
    },
    write(token) {
      writeSecretFile(dataDir, ENCRYPTED_FILE, safeStorage.encryptString(token));
      plain.clear();
    },
    clear() {
      removeSecretFile(dataDir, ENCRYPTED_FILE);
      plain.clear();
    },
  };
}
