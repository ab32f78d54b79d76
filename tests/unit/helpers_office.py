"""Small offices for service tests (valid NIPs; names are fictional)."""

from skpdesk.domain.people import PegawaiInput

NIP_HEAD = "197001012000031001"
NIP_KABID = "198503152010011002"
NIP_STAFF = "199001012015032003"
NIP_PPPK = "200012312024211001"


def person(name, nip, *, asn="PNS", rank="III/a", position="Pelaksana", kind="pelaksana",
           jenjang=None, unit="Dinas", supervisor=None):
    return PegawaiInput(name=name, asn_type=asn, nip=nip, rank=rank, position=position,
                        position_kind=kind, jenjang=jenjang, unit_path=unit, supervisor_nip=supervisor)


def three_levels(services):
    """Kepala Dinas (JPT) -> Kepala Bidang -> a fungsional; returns the three Pegawai."""
    head = services.staff.add(person("Bambang Sutrisno", NIP_HEAD, rank="IV/c", position="Kepala Dinas",
                                     kind="jpt")).value
    kabid = services.staff.add(person("Dewi Lestari", NIP_KABID, rank="IV/a",
                                      position="Kepala Bidang Aplikasi Informatika",
                                      kind="administrator", unit="Dinas/Bidang Aplikasi Informatika",
                                      supervisor=NIP_HEAD)).value
    staff = services.staff.add(person("Agus Santoso", NIP_STAFF, rank="III/b",
                                      position="Pranata Komputer Ahli Pertama", kind="fungsional",
                                      jenjang="Ahli Pertama", unit="Dinas/Bidang Aplikasi Informatika",
                                      supervisor=NIP_KABID)).value
    return head, kabid, staff
